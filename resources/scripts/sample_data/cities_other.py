# SPDX-License-Identifier: GPL-3.0-or-later
"""Every other city (or local government acting as one) that the seed documents
name, each with what the seeds say about it.  Coordinates, time zone, admin
region and (absent a seed figure) population come from the gazetteer."""
from . import L

TR = "src:training-report-tsoc"
AR = "src:annual-report-2020"
NL = "src:newsletter-2020-04"
SV = "src:survey-tsoc-2020-12"
UZ = "src:survey-uzbek-2020-11"
ND = "src:survey-needs-2020"
A3 = "src:announce-tsoc-3"


def C(uid, gid, country, names, profile, sources, **kw):
    d = {"uid": uid, "gid": gid, "country": country, "names": names, "profile": profile, "sources": sources}
    d.update(kw)
    return d


def climate(cn_en, cn_zh, cn_es):
    return L(f"City in {cn_en} that showcased climate-action practice in the Cities Project webinar on South-South "
             "cooperation between cities for climate change (2020).",
             f"{cn_zh}城市，在城市项目“城市间应对气候变化南南合作”网络研讨会（2020年）上分享了气候行动经验。",
             f"Ciudad de {cn_es} que presentó prácticas de acción climática en el seminario del Proyecto de Ciudades sobre "
             "cooperación Sur-Sur entre ciudades frente al cambio climático (2020).")


def covid(cn_en, cn_zh, cn_es):
    return L(f"City in {cn_en} that shared its COVID-19 response in the Cities Project webinar on cities and local "
             "administrations as actors in responding to COVID-19 and the role of South-South and triangular "
             "cooperation (2020).",
             f"{cn_zh}城市，在城市项目“城市和地方政府作为新冠疫情应对主体及南南和三方合作的作用”网络研讨会（2020年）上"
             "分享了抗疫经验。",
             f"Ciudad de {cn_es} que compartió su respuesta a la COVID-19 en el seminario del Proyecto de Ciudades sobre "
             "ciudades y administraciones locales como actores frente a la COVID-19 y el papel de la cooperación Sur-Sur y "
             "triangular (2020).")


def reopening(cn_en, cn_zh, cn_es):
    return L(f"City in {cn_en} whose municipal experts shared their experience of reopening and adjusting public-health "
             "measures in the last webinar (6 October 2020) of the UNDRR–UNOSSC–PAHO/WHO workshop on making cities "
             "resilient.",
             f"{cn_zh}城市。在联合国减少灾害风险办公室、联合国南南合作办公室和泛美卫生组织/世卫组织联合举办的“让城市更具"
             "韧性”研讨会最后一期网络研讨会（2020年10月6日）上，该市专家分享了复工复产和调整公共卫生措施的经验。",
             f"Ciudad de {cn_es} cuyos expertos municipales compartieron su experiencia de reapertura y ajuste de las "
             "medidas de salud pública en el último seminario (6 de octubre de 2020) del taller UNDRR–UNOSSC–OPS/OMS "
             "sobre ciudades resilientes.")


def drr_attendance(cn_en, cn_zh, cn_es):
    return L(f"City in {cn_en}, one of the five cities most represented among attendees of the 2020 UNDRR–UNOSSC–"
             "PAHO/WHO online workshop on making cities resilient.",
             f"{cn_zh}城市，是2020年联合国减少灾害风险办公室、联合国南南合作办公室和泛美卫生组织/世卫组织“让城市更具韧性”"
             "在线研讨会参会人数最多的五个城市之一。",
             f"Ciudad de {cn_es}, una de las cinco ciudades con más asistentes al taller en línea de 2020 "
             "UNDRR–UNOSSC–OPS/OMS sobre ciudades resilientes.")


def needs_named(cn_en, cn_zh, cn_es):
    return L(f"City in {cn_en} named by municipal officials answering the Cities Project's 2020 development-needs "
             "survey as a city they would like to cooperate with.",
             f"{cn_zh}城市，在城市项目2020年发展需求调查中被部分市政官员列为希望合作的城市。",
             f"Ciudad de {cn_es} que funcionarios municipales citaron, en la encuesta de necesidades de desarrollo de 2020 "
             "del Proyecto de Ciudades, como ciudad con la que desean cooperar.")


def ecommerce(cn_en, cn_zh, cn_es):
    return L(f"City in {cn_en} that showcased e-commerce practice in the Cities Project's webinar series on "
             "cross-border e-commerce and digital innovation (2020).",
             f"{cn_zh}城市，在城市项目跨境电子商务与数字创新系列网络研讨会（2020年）上分享了电子商务经验。",
             f"Ciudad de {cn_es} que presentó prácticas de comercio electrónico en la serie de seminarios del Proyecto de "
             "Ciudades sobre comercio electrónico transfronterizo e innovación digital (2020).")


def africa_itinerary(cn_en, cn_zh, cn_es):
    return L(f"City in {cn_en} cited by the Africa Business Group at the third Travel South over Cloud webinar "
             "(December 2020) as a stop on multi-country Southern African itineraries.",
             f"{cn_zh}城市，非洲商业集团在第三期“云游南方”网络研讨会（2020年12月）上将其列为南部非洲多国联游线路的一站。",
             f"Ciudad de {cn_es} citada por Africa Business Group en el tercer seminario «Viaja al Sur por la Nube» "
             "(diciembre de 2020) como parada de itinerarios multinacionales por el África austral.")


CITIES = [
    C("city:dunhuang", 1529531, "CN", L("Dunhuang", "敦煌", "Dunhuang", "敦煌"), L(
        "County-level city in Gansu Province. At the Travel South over Cloud webinars (August and December 2020) its "
        "vice-mayors presented the world's first Mogao Grottoes digital exhibition centre, which shows cave art through "
        "panoramic roaming, and the completed digital collection of the Dunhuang Grottoes. It was one of the four Chinese "
        "cities in the China–Mexico exchange.",
        "敦煌是甘肃省辖县级市。在“云游南方”系列网络研讨会（2020年8月和12月）上，敦煌副市长介绍了全球首个莫高窟数字展示"
        "中心——以全景漫游技术展示石窟艺术，以及已完成的敦煌石窟数字化采集。敦煌是参加中墨经验交流的四座中国城市之一。",
        "Ciudad de nivel de condado de la provincia de Gansu. En los seminarios «Viaja al Sur por la Nube» (agosto y "
        "diciembre de 2020) sus vicealcaldes presentaron el primer centro de exhibición digital de las grutas de Mogao del "
        "mundo, que muestra el arte rupestre mediante recorridos panorámicos, y la digitalización completa de las grutas de "
        "Dunhuang. Fue una de las cuatro ciudades chinas del intercambio China–México."),
      [TR, AR, SV],
      heritage=L("Mogao Grottoes and their digital exhibition centre.", "莫高窟及莫高窟数字展示中心。",
                 "Grutas de Mogao y su centro de exhibición digital.")),
    C("city:huaian", 1797873, "CN", L("Huai'an", "淮安", "Huai'an", "淮安"), L(
        "City in Jiangsu Province and one of the four Chinese cities in the December 2020 China–Mexico exchange. Its "
        "culture and tourism bureau said the city used the pandemic slowdown to improve its ecological environment and that "
        "greening Huai'an is among its top development priorities.",
        "淮安是江苏省的城市，是2020年12月中墨经验交流的四座中国城市之一。淮安市文化广电和旅游局表示，该市利用疫情期间的"
        "短暂放缓改善生态环境，“绿色淮安”是城市发展的首要任务之一。",
        "Ciudad de la provincia de Jiangsu y una de las cuatro ciudades chinas del intercambio China–México de diciembre de "
        "2020. Su oficina de cultura y turismo explicó que la ciudad aprovechó la pausa de la pandemia para mejorar su "
        "medio ambiente y que hacer más verde Huai'an es una de sus principales prioridades de desarrollo."),
      [TR, AR, SV], aliases=[("Huaian", "en"), ("Huai’an", "en")]),
    C("city:henan", None, "CN", L("Henan Province", "河南省", "Provincia de Henan", "河南省"), L(
        "Province in central China that works with the Cities Project as a local-government partner. Its vice-governor "
        "presented Henan's smart tourism platforms and online promotion and sales at the first Travel South over Cloud "
        "webinar (August 2020). The province also showcased e-commerce practice, donated 10,000 masks to Banjul (2020) and "
        "medical supplies worth about US$360,000 to its Air Silk Road partner Luxembourg (March 2020).",
        "河南省位于中国中部，是城市项目的地方政府合作伙伴。在首期“云游南方”网络研讨会（2020年8月）上，河南省副省长介绍了"
        "智慧旅游平台及线上推广和销售。河南省还分享了电子商务经验，2020年向班珠尔捐赠1万只口罩，并于2020年3月向“空中丝绸"
        "之路”合作伙伴卢森堡捐赠价值约36万美元的医疗物资。",
        "Provincia del centro de China que colabora con el Proyecto de Ciudades como socio de gobierno local. Su "
        "vicegobernador presentó las plataformas de turismo inteligente y la promoción y venta en línea de Henan en el "
        "primer seminario «Viaja al Sur por la Nube» (agosto de 2020). La provincia también compartió prácticas de comercio "
        "electrónico, donó 10.000 mascarillas a Banjul (2020) y suministros médicos por unos 360.000 dólares a su socio de "
        "la Ruta de la Seda Aérea, Luxemburgo (marzo de 2020)."),
      [TR, AR, NL], kind="province",
      aliases=[("Henan", "en"), ("河南", "zh"), ("Henan Sheng", "en"), ("Henan", "es")],
      geo={"lat": 34.75778, "lon": 113.64861, "timezone": "Asia/Shanghai", "admin_region": "Henan",
           "note": "A province acting as a city partner: coordinates of its capital Zhengzhou (GeoNames 1784658)"}),
    C("city:changsha", 1815577, "CN", L("Changsha", "长沙", "Changsha", "长沙"), L(
        "Capital of Hunan Province. Its Malanshan Culture Innovation & Creative Economy Industrial Park, which builds on "
        "video production and its ties with cultural tourism, was presented at the third Travel South over Cloud webinar "
        "(December 2020); Hunan Province/Changsha made in-kind contributions to Cities Project training courses in 2020.",
        "长沙是湖南省省会。在第三期“云游南方”网络研讨会（2020年12月）上，长沙介绍了以视频产业为特色、与文化旅游相互促进"
        "的马栏山视频文创产业园；2020年湖南省/长沙市为城市项目培训课程提供了实物捐助。",
        "Capital de la provincia de Hunan. Su Parque Industrial de Innovación Cultural y Economía Creativa de Malanshan, "
        "basado en la producción de vídeo y su vínculo con el turismo cultural, se presentó en el tercer seminario «Viaja al "
        "Sur por la Nube» (diciembre de 2020); la provincia de Hunan y Changsha aportaron contribuciones en especie a cursos "
        "de formación del Proyecto de Ciudades en 2020."),
      [TR, AR, A3]),
    C("city:xiamen", 1790645, "CN", L("Xiamen", "厦门", "Xiamen", "厦门"), L(
        "Coastal city in Fujian Province. In 2020 the Cities Project facilitated partnership building between Xiamen and "
        "Santiago (Chile) and Buenos Aires on trade and economic activities, youth development, transport and COVID-19 "
        "experience exchange. Visitor-flow management on its Gulangyu island was cited as a case at the China–Mexico exchange.",
        "厦门是福建省沿海城市。2020年，城市项目推动厦门与智利圣地亚哥、阿根廷布宜诺斯艾利斯建立城市伙伴关系，在经贸、青年"
        "发展、交通和抗疫经验交流等领域开展合作。在中墨经验交流中，鼓浪屿的游客流量管理被作为案例介绍。",
        "Ciudad costera de la provincia de Fujian. En 2020 el Proyecto de Ciudades facilitó la construcción de alianzas "
        "entre Xiamen y Santiago de Chile y Buenos Aires en comercio y actividades económicas, desarrollo juvenil, transporte "
        "e intercambio de experiencias sobre la COVID-19. La gestión de flujos de visitantes en su isla de Gulangyu se citó "
        "como caso en el intercambio China–México."),
      [AR, TR], aliases=[("Amoy", "en")],
      heritage=L("Gulangyu island.", "鼓浪屿。", "Isla de Gulangyu.")),
    C("city:santiago", 3871336, "CL", L("Santiago", "圣地亚哥", "Santiago de Chile", "Santiago"), L(
        "Capital of Chile. It showcased climate-action practice in the Cities Project webinar on South-South cooperation "
        "between cities for climate change, and in 2020 the project facilitated partnership building between Santiago and "
        "Xiamen.",
        "圣地亚哥是智利首都。该市在城市项目“城市间应对气候变化南南合作”网络研讨会上分享了气候行动经验；2020年，城市项目"
        "推动其与厦门建立伙伴关系。",
        "Capital de Chile. Presentó prácticas de acción climática en el seminario del Proyecto de Ciudades sobre cooperación "
        "Sur-Sur entre ciudades frente al cambio climático, y en 2020 el proyecto facilitó la construcción de una alianza "
        "entre Santiago y Xiamen."),
      [AR], aliases=[("Santiago de Chile", "en")]),
    C("city:buenos-aires", 3435910, "AR", L("Buenos Aires", "布宜诺斯艾利斯", "Buenos Aires", "Buenos Aires"), L(
        "Capital of Argentina. It showcased climate-action practice in the Cities Project webinar on South-South "
        "cooperation between cities for climate change, and in 2020 the project facilitated partnership building between "
        "Buenos Aires and Xiamen.",
        "布宜诺斯艾利斯是阿根廷首都。该市在城市项目“城市间应对气候变化南南合作”网络研讨会上分享了气候行动经验；2020年，"
        "城市项目推动其与厦门建立伙伴关系。",
        "Capital de Argentina. Presentó prácticas de acción climática en el seminario del Proyecto de Ciudades sobre "
        "cooperación Sur-Sur entre ciudades frente al cambio climático, y en 2020 el proyecto facilitó la construcción de "
        "una alianza entre Buenos Aires y Xiamen."),
      [AR]),
    C("city:tashkent", 1512569, "UZ", L("Tashkent", "塔什干", "Taskent", "Toshkent"), L(
        "Capital of Uzbekistan. Its tourism department presented, at the first Travel South over Cloud webinar (August "
        "2020), Uzbekistan's e-visa system, opened by presidential decree to citizens of 76 countries, 64 of them "
        "developing countries.",
        "塔什干是乌兹别克斯坦首都。在首期“云游南方”网络研讨会（2020年8月）上，塔什干市旅游局介绍了乌兹别克斯坦根据总统令"
        "向76个国家（其中64个为发展中国家）公民开放的电子签证制度。",
        "Capital de Uzbekistán. Su departamento de turismo presentó en el primer seminario «Viaja al Sur por la Nube» "
        "(agosto de 2020) el sistema de visado electrónico de Uzbekistán, abierto por decreto presidencial a ciudadanos de "
        "76 países, 64 de ellos en desarrollo."),
      [TR, AR], aliases=[("Toshkent", "en"), ("Tashkent", "es")]),
    C("city:khiva", 1513604, "UZ", L("Khiva", "希瓦", "Jiva", "Xiva"), L(
        "Historic city in Xorazm Region, Uzbekistan. At the second Travel South over Cloud webinar (November 2020), "
        "Uzbekistan's Ministry of Tourism used it to show the uzbekistan360.uz virtual tours, which let people explore the "
        "city during the pandemic.",
        "希瓦是乌兹别克斯坦花拉子模州的历史名城。在第二期“云游南方”网络研讨会（2020年11月）上，乌兹别克斯坦旅游部以希瓦"
        "为例展示了uzbekistan360.uz虚拟游览网站，使人们在疫情期间也能欣赏这座城市。",
        "Ciudad histórica de la región de Xorazm, Uzbekistán. En el segundo seminario «Viaja al Sur por la Nube» (noviembre "
        "de 2020) el Ministerio de Turismo de Uzbekistán la usó para mostrar los recorridos virtuales de uzbekistan360.uz, "
        "que permiten conocer la ciudad durante la pandemia."),
      [TR, AR], aliases=[("Xiva", "en"), ("Khiva", "es")]),
    C("city:baguio", 1728930, "PH", L("Baguio", "碧瑶", "Baguio", "Baguio"), L(
        "City in the Cordillera region of the Philippines. At the third Travel South over Cloud webinar (December 2020) its "
        "city government presented a contemporary visual arts exhibition of budding and veteran local artists that could "
        "also be viewed on social media.",
        "碧瑶是菲律宾科迪勒拉地区的城市。在第三期“云游南方”网络研讨会（2020年12月）上，碧瑶市政府介绍了一场展出新锐与资深"
        "本地艺术家作品、并可通过社交媒体观看的当代视觉艺术展。",
        "Ciudad de la región de la Cordillera, Filipinas. En el tercer seminario «Viaja al Sur por la Nube» (diciembre de "
        "2020) su gobierno municipal presentó una exposición de artes visuales contemporáneas de artistas locales noveles y "
        "consagrados, visible también en redes sociales."),
      [TR, AR], aliases=[("Baguio City", "en")]),
    C("city:alanya", 324190, "TR", L("Alanya", "阿拉尼亚", "Alanya", "Alanya"), L(
        "Coastal city in Antalya Province, Turkey. At the third Travel South over Cloud webinar (December 2020) a member of "
        "its city council who chairs the culture and tourism committee explained that the region is covered by the digital "
        "strategy studies and action plan of the Turkish Tourism Promotion and Development Agency.",
        "阿拉尼亚是土耳其安塔利亚省的沿海城市。在第三期“云游南方”网络研讨会（2020年12月）上，该市市议会议员、文化旅游委员会"
        "主席介绍说，该地区已纳入土耳其旅游推广与发展署的数字化战略研究和行动计划。",
        "Ciudad costera de la provincia de Antalya, Turquía. En el tercer seminario «Viaja al Sur por la Nube» (diciembre de "
        "2020) una concejala que preside su comisión de cultura y turismo explicó que la región está incluida en los estudios "
        "de estrategia digital y el plan de acción de la Agencia de Promoción y Desarrollo Turístico de Turquía."),
      [TR, AR]),
    C("city:sao-paulo", 3448439, "BR", L("São Paulo", "圣保罗", "São Paulo", "São Paulo"), L(
        "City in Brazil. At the first Travel South over Cloud webinar (August 2020) its tourism secretariat presented the "
        "city's 2020–2021 tourism strategy, including virtual visits to its most emblematic monuments, museums and historic "
        "buildings; the city also showcased climate-action practice in a Cities Project webinar.",
        "巴西城市。在首期“云游南方”网络研讨会（2020年8月）上，圣保罗市旅游局介绍了2020—2021年旅游战略，其中包括对城市最具"
        "标志性的古迹、博物馆和历史建筑的虚拟参观项目；该市还在城市项目网络研讨会上分享了气候行动经验。",
        "Ciudad de Brasil. En el primer seminario «Viaja al Sur por la Nube» (agosto de 2020) su secretaría de turismo "
        "presentó la estrategia turística 2020-2021 de la ciudad, con visitas virtuales a sus monumentos, museos y edificios "
        "históricos más emblemáticos; la ciudad también presentó prácticas de acción climática en un seminario del Proyecto."),
      [TR, AR], aliases=[("Sao Paulo", "en"), ("San Pablo", "es")]),
    C("city:venice", 3164603, "IT", L("Venice", "威尼斯", "Venecia", "Venezia"), L(
        "Italian city on the Venice Lagoon. At the second Travel South over Cloud webinar (November 2020) CORILA, the "
        "consortium that manages research on the lagoon system, presented the use of virtual and augmented reality to "
        "prepare and guide visits.",
        "意大利潟湖城市。在第二期“云游南方”网络研讨会（2020年11月）上，威尼斯潟湖系统研究管理联合会（CORILA）介绍了利用"
        "虚拟现实和增强现实技术帮助游客规划和开展参观。",
        "Ciudad italiana de la laguna de Venecia. En el segundo seminario «Viaja al Sur por la Nube» (noviembre de 2020) "
        "CORILA, el consorcio que gestiona la investigación sobre el sistema lagunar, presentó el uso de la realidad virtual "
        "y aumentada para preparar y guiar las visitas."),
      [TR, AR], aliases=[("Venezia", "en")]),
    C("city:banjul", 2413876, "GM", L("Banjul", "班珠尔", "Banjul", "Banjul"), L(
        "City in The Gambia. It shared its COVID-19 response in a Cities Project webinar on cities and local "
        "administrations responding to COVID-19, and received masks mobilized through the project: 20,000 (with WAHO) from "
        "the Shenzhen Federation for Youth Entrepreneurship Promotion, 10,000 from Henan Province and 200,000 from FCSSC.",
        "冈比亚城市。该市在城市项目“城市和地方政府应对新冠疫情”网络研讨会上分享了抗疫经验，并获得项目协调的口罩捐赠："
        "深圳市青年创业促进会向西非卫生组织和班珠尔捐赠2万只，河南省捐赠1万只，南南合作金融中心捐赠20万只。",
        "Ciudad de Gambia. Compartió su respuesta a la COVID-19 en un seminario del Proyecto de Ciudades sobre ciudades y "
        "administraciones locales frente a la pandemia, y recibió mascarillas movilizadas por el proyecto: 20.000 (junto con "
        "la OOAS) de la Federación de Shenzhen para la Promoción del Emprendimiento Juvenil, 10.000 de la provincia de Henan "
        "y 200.000 del FCSSC."),
      [AR]),
    C("city:koidu", 2407656, "SL", L("Koidu", "科伊杜", "Koidu", "Koidu"), L(
        "Koidu–New Sembehun, a city in Eastern Province, Sierra Leone. It expressed solidarity with the Cities Project in "
        "early 2020 and received 2,000 masks from CATIS; students at one of its vocational schools were interviewed by the "
        "project's needs assessment team.",
        "科伊杜-新森贝洪是塞拉利昂东方省的城市。2020年初该市向城市项目表达声援，并获得中国服务贸易协会捐赠的2000只口罩；"
        "当地一所职业学校的学生接受了项目需求评估小组的访谈。",
        "Koidu–New Sembehun, ciudad de la Provincia Oriental de Sierra Leona. Expresó su solidaridad con el Proyecto de "
        "Ciudades a comienzos de 2020 y recibió 2.000 mascarillas de la CATIS; estudiantes de una de sus escuelas de "
        "formación profesional fueron entrevistados por el equipo de evaluación de necesidades del proyecto."),
      [AR, NL], aliases=[("Koidu–New Sembehun", "en"), ("Koidu-New Sembehun", "en"), ("Koidu–New Sembehun", "es"),
                         ("科伊杜-新森贝洪", "zh")]),
    C("city:isfahan", 418863, "IR", L("Isfahan", "伊斯法罕", "Isfahán", "اصفهان"), L(
        "City in Iran and partner city of the Maritime-Continental Silk Road Cities Alliance. On 9 March 2020 the "
        "alliance's Business Council, an NGO based in Quanzhou, pledged and donated over 80,000 surgical masks to Isfahan.",
        "伊朗城市，海陆丝绸之路城市联盟的伙伴城市。2020年3月9日，总部位于泉州的非政府组织海陆丝绸之路城市联盟工商理事会"
        "向伊斯法罕认捐并捐赠了8万多只外科口罩。",
        "Ciudad de Irán y ciudad socia de la Alianza de Ciudades de la Ruta de la Seda Marítima y Continental. El 9 de marzo "
        "de 2020 el Consejo Empresarial de la alianza, una ONG con sede en Quanzhou, comprometió y donó más de 80.000 "
        "mascarillas quirúrgicas a Isfahán."),
      [NL], aliases=[("Esfahan", "en")]),
    C("city:yuxi", 1784185, "CN", L("Yuxi", "玉溪", "Yuxi", "玉溪"), L(
        "City in Yunnan Province, China. UNOSSC-donated medical respirators and protective suits reached Yuxi in February "
        "2020, and the city expressed solidarity with the Cities Project in February and March 2020.",
        "云南省的城市。2020年2月，联合国南南合作办公室捐赠的医用呼吸机和防护服运抵玉溪；2020年2月至3月，玉溪向城市项目"
        "表达了支持与声援。",
        "Ciudad de la provincia de Yunnan, China. Los respiradores médicos y trajes de protección donados por la UNOSSC "
        "llegaron a Yuxi en febrero de 2020, y la ciudad expresó su solidaridad con el Proyecto de Ciudades en febrero y "
        "marzo de 2020."),
      [NL, AR]),
    C("city:xiaogan", 1790254, "CN", L("Xiaogan", "孝感", "Xiaogan", "孝感"), L(
        "City in Hubei Province, China, named in the Cities Project 2020 annual report, together with Yuxi, as a "
        "destination of 1,000 medical protective suits and 15 non-invasive respirators donated by UNOSSC (the April 2020 "
        "newsletter names Wuhan instead).",
        "湖北省的城市。城市项目2020年度报告称，联合国南南合作办公室捐赠的1000套医用防护服和15台无创呼吸机被运往玉溪和孝感"
        "（2020年4月的通讯则记为武汉和玉溪）。",
        "Ciudad de la provincia de Hubei, China, citada en el informe anual 2020 del Proyecto de Ciudades, junto con Yuxi, "
        "como destino de 1.000 trajes de protección médica y 15 respiradores no invasivos donados por la UNOSSC (el boletín "
        "de abril de 2020 menciona Wuhan en su lugar)."),
      [AR]),
    C("city:wuhan", 1791247, "CN", L("Wuhan", "武汉", "Wuhan", "武汉"), L(
        "City in Hubei Province, China. According to the April 2020 UNOSSC newsletter, UNOSSC-donated medical respirators "
        "and protective suits reached Wuhan and Yuxi on 22 and 24 February 2020.",
        "湖北省的城市。据联合国南南合作办公室2020年4月通讯，该办公室捐赠的医用呼吸机和防护服于2020年2月22日和24日运抵"
        "武汉和玉溪。",
        "Ciudad de la provincia de Hubei, China. Según el boletín de la UNOSSC de abril de 2020, los respiradores médicos y "
        "trajes de protección donados por la UNOSSC llegaron a Wuhan y Yuxi el 22 y el 24 de febrero de 2020."),
      [NL]),
    C("city:shenzhen", 1795565, "CN", L("Shenzhen", "深圳", "Shenzhen", "深圳"), L(
        "City in Guangdong Province, China. It showcased climate-action practice in the Cities Project webinar on "
        "South-South cooperation between cities for climate change; the Shenzhen Federation for Youth Entrepreneurship "
        "Promotion donated 20,000 masks to WAHO and Banjul in 2020.",
        "广东省的城市。该市在城市项目“城市间应对气候变化南南合作”网络研讨会上分享了气候行动经验；2020年，深圳市青年创业"
        "促进会向西非卫生组织和班珠尔捐赠了2万只口罩。",
        "Ciudad de la provincia de Guangdong, China. Presentó prácticas de acción climática en el seminario del Proyecto de "
        "Ciudades sobre cooperación Sur-Sur entre ciudades frente al cambio climático; la Federación de Shenzhen para la "
        "Promoción del Emprendimiento Juvenil donó 20.000 mascarillas a la OOAS y a Banjul en 2020."),
      [AR]),
    C("city:fuzhou", 1810821, "CN", L("Fuzhou", "福州", "Fuzhou", "福州"), L(
        "City in Fujian Province, China. Its municipal government mobilized 200,000 masks for a recipient in Turkey that "
        "was still to be confirmed when the Cities Project reported on its 2020 donations (in process).",
        "福建省的城市。福州市政府筹措了20万只口罩捐往土耳其（受赠方待定）；城市项目总结2020年捐赠时，该批捐赠仍在进行中。",
        "Ciudad de la provincia de Fujian, China. Su gobierno municipal movilizó 200.000 mascarillas para un destinatario en "
        "Turquía aún por confirmar cuando el Proyecto de Ciudades informó sobre sus donaciones de 2020 (en proceso)."),
      [AR]),
    C("city:beijing", 1816670, "CN", L("Beijing", "北京", "Pekín", "北京"), L(
        "Capital of China and seat of the Cities Project office. Participants of the 2020 Uzbek service-sector training named "
        "it, with Shanghai and Guangzhou, as a preferred partner city, and one answer to the post-workshop survey of the "
        "China–Mexico exchange named Beijing. China CDC shared its reopening measures at the October 2020 DRR webinar.",
        "中国首都，城市项目办公室所在地。2020年乌兹别克斯坦服务业培训学员将北京与上海、广州一并列为希望合作的城市；中墨经验"
        "交流会后问卷中有一份回答提到北京。中国疾病预防控制中心在2020年10月的减灾网络研讨会上分享了复工复产防控措施。",
        "Capital de China y sede de la oficina del Proyecto de Ciudades. Los participantes de la formación uzbeka de 2020 "
        "sobre el sector servicios la señalaron, junto con Shanghái y Cantón, como ciudad socia preferida, y una respuesta "
        "de la encuesta posterior al intercambio China–México mencionó Pekín. El CDC de China compartió sus medidas de "
        "reapertura en el seminario de RRD de octubre de 2020."),
      [AR, UZ, SV], aliases=[("Beijing", "es"), ("Peking", "en")]),
    C("city:shanghai", 1796236, "CN", L("Shanghai", "上海", "Shanghái", "上海"), L(
        "City in China named, with Beijing and Guangzhou, by participants of the 2020 Uzbek service-sector training as a "
        "preferred partner city.",
        "中国城市。2020年乌兹别克斯坦服务业培训学员将上海与北京、广州一并列为希望合作的城市。",
        "Ciudad de China que los participantes de la formación uzbeka de 2020 sobre el sector servicios señalaron, junto con "
        "Pekín y Cantón, como ciudad socia preferida."),
      [AR, UZ], aliases=[("Shanghai", "es")]),
    C("city:guangzhou", 1809858, "CN", L("Guangzhou", "广州", "Cantón", "广州"), L(
        "City in Guangdong Province, China. It showcased e-commerce practice in the Cities Project's cross-border "
        "e-commerce webinar series, was named by participants of the 2020 Uzbek training as a preferred partner city, and "
        "hosted the 2023 World Heritage Creative Innovator Forum (2–3 November 2023).",
        "广东省的城市。该市在城市项目跨境电子商务系列网络研讨会上分享了电子商务经验，被2020年乌兹别克斯坦培训学员列为希望"
        "合作的城市，并于2023年11月2日至3日举办了2023年世界遗产创意创新论坛。",
        "Ciudad de la provincia de Guangdong, China. Presentó prácticas de comercio electrónico en la serie de seminarios del "
        "Proyecto de Ciudades sobre comercio electrónico transfronterizo, fue señalada por los participantes de la formación "
        "uzbeka de 2020 como ciudad socia preferida y acogió el Foro de Innovadores Creativos del Patrimonio Mundial 2023 "
        "(2 y 3 de noviembre de 2023)."),
      [AR, UZ, "src:news-2023-11-whitrap-forum"], aliases=[("Guangzhou", "es"), ("Canton", "en")]),
    C("city:hangzhou", 1808926, "CN", L("Hangzhou", "杭州", "Hangzhou", "杭州"),
      ecommerce("Zhejiang Province, China", "浙江省", "la provincia de Zhejiang, China"), [AR]),
    C("city:nanjing", 1799962, "CN", L("Nanjing", "南京", "Nankín", "南京"), L(
        "City in Jiangsu Province, China. It shared good practices in COVID-19 response and in e-commerce in Cities Project "
        "webinars, and Nanjing University, Southeast University and the Nanjing Academy of Social Sciences provided trainers "
        "for the 2020 Uzbek service-sector training.",
        "江苏省的城市。该市在城市项目网络研讨会上分享了抗疫和电子商务方面的良好实践；南京大学、东南大学和南京市社会科学院"
        "为2020年乌兹别克斯坦服务业培训派出了讲师。",
        "Ciudad de la provincia de Jiangsu, China. Compartió buenas prácticas de respuesta a la COVID-19 y de comercio "
        "electrónico en seminarios del Proyecto de Ciudades, y la Universidad de Nankín, la Universidad del Sudeste y la "
        "Academia de Ciencias Sociales de Nankín aportaron formadores a la formación uzbeka de 2020."),
      [AR], aliases=[("Nanjing", "es")]),
    C("city:chennai", 1264527, "IN", L("Chennai", "金奈", "Chennai", "சென்னை"), climate("India", "印度", "la India"), [AR]),
    C("city:pune", 1259229, "IN", L("Pune", "浦那", "Pune", "पुणे"), climate("India", "印度", "la India"), [AR]),
    C("city:surat", 1255364, "IN", L("Surat", "苏拉特", "Surat", "સુરત"), climate("India", "印度", "la India"), [AR]),
    C("city:medellin", 3674962, "CO", L("Medellín", "麦德林", "Medellín", "Medellín"),
      reopening("Colombia", "哥伦比亚", "Colombia"), [AR], aliases=[("Medellin", "en")]),
    C("city:chandigarh", 1274746, "IN", L("Chandigarh", "昌迪加尔", "Chandigarh", "चंडीगढ़"),
      reopening("India", "印度", "la India"), [AR]),
    C("city:udine", 3165072, "IT", L("Udine", "乌迪内", "Udine", "Udine"), reopening("Italy", "意大利", "Italia"), [AR]),
    C("city:potenza", 3170027, "IT", L("Potenza", "波坦察", "Potenza", "Potenza"), covid("Italy", "意大利", "Italia"), [AR]),
    C("city:nablus", 282615, "PS", L("Nablus", "纳布卢斯", "Nablus", "نابلس"), covid("Palestine", "巴勒斯坦", "Palestina"),
      [AR], aliases=[("Siquem", "es")]),
    C("city:seoul", 1835848, "KR", L("Seoul", "首尔", "Seúl", "서울"), L(
        "City in the Republic of Korea, listed among the COVID-19 good practices showcased by the Cities Project in 2020 "
        "(the webinar summary names the Republic of Korea).",
        "韩国城市，列入城市项目2020年分享的抗疫良好实践（网络研讨会简介中记为大韩民国）。",
        "Ciudad de la República de Corea, incluida entre las buenas prácticas de respuesta a la COVID-19 presentadas por el "
        "Proyecto de Ciudades en 2020 (el resumen del seminario menciona la República de Corea)."),
      [AR], aliases=[("首尔特别市", "zh"), ("汉城", "zh")]),
    C("city:beirut", 276781, "LB", L("Beirut", "贝鲁特", "Beirut", "بيروت"), L(
        "City in Lebanon. The Cities Project's 2020 donation list records 200,000 masks from FCSSC for 'Beirut City, The "
        "Gambia' (December 2020 or January 2021; the list's layout and the country are ambiguous); the UNDP country office "
        "in Lebanon took part in the project's mask initiatives.",
        "黎巴嫩城市。城市项目2020年捐赠清单记载南南合作金融中心向“冈比亚贝鲁特市”捐赠20万只口罩（时间为2020年12月或2021年"
        "1月，清单版式和国家名称均有歧义）；联合国开发计划署驻黎巴嫩办事处参与了项目的口罩援助行动。",
        "Ciudad del Líbano. La lista de donaciones de 2020 del Proyecto de Ciudades registra 200.000 mascarillas del FCSSC "
        "para «Beirut City, The Gambia» (diciembre de 2020 o enero de 2021; el formato de la lista y el país son ambiguos); "
        "la oficina del PNUD en el Líbano participó en las iniciativas de mascarillas del proyecto."),
      [AR], aliases=[("Beyrouth", "en")]),
    C("city:suva", 2198148, "FJ", L("Suva", "苏瓦", "Suva", "Suva"), drr_attendance("Fiji", "斐济", "Fiyi"), [AR]),
    C("city:kathmandu", 1283240, "NP", L("Kathmandu", "加德满都", "Katmandú", "काठमाडौं"),
      drr_attendance("Nepal", "尼泊尔", "Nepal"), [AR]),
    C("city:jakarta", 1642911, "ID", L("Jakarta", "雅加达", "Yakarta", "Jakarta"),
      drr_attendance("Indonesia", "印度尼西亚", "Indonesia"), [AR]),
    C("city:quezon-city", 1692192, "PH", L("Quezon City", "奎松市", "Ciudad Quezón", "Lungsod Quezon"),
      drr_attendance("the Philippines", "菲律宾", "Filipinas"), [AR]),
    C("city:abuja", 2352778, "NG", L("Abuja", "阿布贾", "Abuja", "Abuja"), L(
        "City in Nigeria, one of the five cities most represented among attendees of the 2020 UNDRR–UNOSSC–PAHO/WHO online "
        "workshop on making cities resilient. The 250,000 masks mobilized by FCSSC for WAHO and its 15 member states "
        "arrived in Abuja.",
        "尼日利亚城市，是2020年联合国减少灾害风险办公室、联合国南南合作办公室和泛美卫生组织/世卫组织“让城市更具韧性”在线"
        "研讨会参会人数最多的五个城市之一。南南合作金融中心为西非卫生组织及其15个成员国筹集的25万只口罩运抵阿布贾。",
        "Ciudad de Nigeria, una de las cinco ciudades con más asistentes al taller en línea de 2020 UNDRR–UNOSSC–OPS/OMS "
        "sobre ciudades resilientes. Las 250.000 mascarillas movilizadas por el FCSSC para la OOAS y sus 15 Estados miembros "
        "llegaron a Abuja."),
      [AR]),
    C("city:durban", 1007311, "ZA", L("Durban", "德班", "Durban", "eThekwini"),
      needs_named("South Africa", "南非", "Sudáfrica"), [ND]),
    C("city:manchester", 2643123, "GB", L("Manchester", "曼彻斯特", "Mánchester", "Manchester"),
      needs_named("the United Kingdom", "英国", "el Reino Unido"), [ND], aliases=[("Manchester City", "en")]),
    C("city:incheon", 1843564, "KR", L("Incheon", "仁川", "Incheon", "인천"), needs_named("the Republic of Korea", "韩国", "la República de Corea"),
      [ND], aliases=[("仁川广域市", "zh"), ("Inchon", "en")]),
    C("city:dortmund", 2935517, "DE", L("Dortmund", "多特蒙德", "Dortmund", "Dortmund"),
      needs_named("Germany", "德国", "Alemania"), [ND]),
    C("city:barcelona", 3128760, "ES", L("Barcelona", "巴塞罗那", "Barcelona", "Barcelona"), L(
        "City in Spain named in one answer to the post-workshop survey of the China–Mexico exchange (December 2020) as a "
        "city outside China to collaborate with.",
        "西班牙城市。在中墨经验交流会后问卷（2020年12月）中，有一份回答将其列为希望合作的中国以外城市。",
        "Ciudad de España mencionada en una respuesta de la encuesta posterior al intercambio China–México (diciembre de "
        "2020) como ciudad fuera de China con la que colaborar."),
      [SV, AR]),
    C("city:chongqing", 1814906, "CN", L("Chongqing", "重庆", "Chongqing", "重庆"), ecommerce("China", "中国", "China"), [AR]),
    C("city:ningbo", 1799397, "CN", L("Ningbo", "宁波", "Ningbo", "宁波"), ecommerce("China", "中国", "China"), [AR],
      aliases=[("Ningbó", "es")]),
    C("city:qingdao", 1797929, "CN", L("Qingdao", "青岛", "Qingdao", "青岛"), ecommerce("China", "中国", "China"), [AR]),
    C("city:tianjin", 1792947, "CN", L("Tianjin", "天津", "Tianjín", "天津"), ecommerce("China", "中国", "China"), [AR]),
    C("city:bergamo", 3182164, "IT", L("Bergamo", "贝加莫", "Bérgamo", "Bergamo"), L(
        "City in Italy. The April 2020 UNOSSC newsletter announced that over 100,000 masks donated by the MCSR CA Business "
        "Council and its members would be shipped to Bergamo.",
        "意大利城市。据联合国南南合作办公室2020年4月通讯，海陆丝绸之路城市联盟工商理事会及其成员捐赠的10万多只口罩即将运往"
        "贝加莫。",
        "Ciudad de Italia. El boletín de la UNOSSC de abril de 2020 anunció el envío a Bérgamo de más de 100.000 mascarillas "
        "donadas por el Consejo Empresarial de la MCSR CA y sus miembros."),
      [NL]),
    C("city:new-york", 5128581, "US", L("New York", "纽约", "Nueva York", "New York"), L(
        "City in the United States and seat of UNOSSC headquarters, which received 1,000 masks from the WFP China Centre of "
        "Excellence in 2020.",
        "美国城市，联合国南南合作办公室总部所在地；2020年总部收到世界粮食计划署中国卓越中心捐赠的1000只口罩。",
        "Ciudad de Estados Unidos y sede de la UNOSSC, que recibió en 2020 1.000 mascarillas del Centro de Excelencia del "
        "PMA en China."),
      [AR], aliases=[("New York City", "en"), ("NYC", "en")]),
    C("city:bangkok", 1609350, "TH", L("Bangkok", "曼谷", "Bangkok", "กรุงเทพมหานคร"), L(
        "City in Thailand where the UNOSSC Regional Office for Asia and the Pacific is based; on 24 February 2020 the office "
        "released a video of UN colleagues in Bangkok expressing support in 22 languages.",
        "泰国城市，联合国南南合作办公室亚太区域办事处所在地；2020年2月24日，该办事处发布了驻曼谷联合国同事以22种语言表达"
        "支持的视频。",
        "Ciudad de Tailandia donde tiene su sede la Oficina Regional de la UNOSSC para Asia y el Pacífico, que el 24 de "
        "febrero de 2020 difundió un vídeo de colegas de la ONU en Bangkok expresando su apoyo en 22 idiomas."),
      [NL]),
    C("city:cape-town", 3369157, "ZA", L("Cape Town", "开普敦", "Ciudad del Cabo", "Cape Town"),
      africa_itinerary("South Africa", "南非", "Sudáfrica"), [TR]),
    C("city:johannesburg", 993800, "ZA", L("Johannesburg", "约翰内斯堡", "Johannesburgo", "Johannesburg"),
      africa_itinerary("South Africa", "南非", "Sudáfrica"), [TR]),
    C("city:victoria-falls", 879431, "ZW", L("Victoria Falls", "维多利亚瀑布城", "Victoria Falls", "Victoria Falls"),
      africa_itinerary("Zimbabwe", "津巴布韦", "Zimbabue"), [TR]),
]
