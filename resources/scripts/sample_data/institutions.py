# SPDX-License-Identifier: GPL-3.0-or-later
"""Institutions (non-city actors) named in the seeds, and memberships.

home_city is set only where a seed says where the institution is (CORILA and
Venice, MCSR CA BC and Quanzhou, Malanshan and Changsha, China CDC and
Beijing, UNOSSC headquarters) or where it is plain public fact (a university's
city, a UN country office in its capital).  The importer turns home_city into
a "home" membership, so memberships below never repeat it."""
from . import L

TR = "src:training-report-tsoc"
AR = "src:annual-report-2020"
NL = "src:newsletter-2020-04"
CP = "src:cluster-tourism-page"
F23 = "src:news-2023-11-whitrap-forum"
N22 = "src:news-2022-03-mexico-luoyang"
UZN = "src:news-2020-11-uzbek-workshop"


def I(uid, category, country, abbr, names, profile, sources, home=None, aliases=(), **kw):
    d = {"uid": uid, "category": category, "country": country, "abbreviation": abbr, "names": names,
         "aliases": list(aliases), "profile": profile, "website": kw.pop("website", ""), "home_city": home,
         "sources": sources}
    d.update(kw)
    return d


INSTITUTIONS = [
    I("inst:unossc", "un_agency", None, "UNOSSC",
      L("United Nations Office for South-South Cooperation", "联合国南南合作办公室",
        "Oficina de las Naciones Unidas para la Cooperación Sur-Sur"),
      L("UN office created by the General Assembly in 1974 (then the Special Unit for Technical Cooperation among "
        "Developing Countries) to promote, coordinate and support South-South and triangular cooperation, with budgetary "
        "and operational support from UNDP. In 2017, with support from the Government of China, it launched the SSTC among "
        "Maritime-Continental Silk Road Cities for Sustainable Development Project (Cities Project), run from an office "
        "in Beijing, which brokers city-to-city partnerships.",
        "联合国大会于1974年设立的机构（当时名为“发展中国家间技术合作特别股”），负责在全球和联合国系统内促进、协调和支持"
        "南南合作与三方合作，由联合国开发计划署提供预算和业务支持。2017年，在中国政府支持下，该办公室启动了“海陆丝绸之路"
        "城市可持续发展南南合作项目”（城市项目），项目办公室设在北京，致力于促成城市间伙伴关系。",
        "Oficina creada por la Asamblea General en 1974 (entonces Dependencia Especial para la Cooperación Técnica entre "
        "Países en Desarrollo) para promover, coordinar y apoyar la cooperación Sur-Sur y triangular, con apoyo "
        "presupuestario y operativo del PNUD. En 2017, con apoyo del Gobierno de China, puso en marcha el proyecto de "
        "cooperación Sur-Sur y triangular entre ciudades de la Ruta de la Seda Marítima y Continental para el Desarrollo "
        "Sostenible (Proyecto de Ciudades), con oficina en Pekín, que facilita alianzas entre ciudades."),
      [TR, AR, F23, N22], home="city:new-york",
      aliases=[("UNOSSC Cities Project", "en"), ("Cities Project", "en"), ("SSTC Silk Road Cities Project", "en"),
               ("城市项目", "zh"), ("南南合作办公室", "zh"), ("Proyecto de Ciudades", "es"),
               ("Special Unit for Technical Cooperation among Developing Countries", "en")]),
    I("inst:whitrap", "training_institute", "CN", "WHITRAP",
      L("World Heritage Institute of Training and Research for the Asia and the Pacific Region under the auspices of UNESCO",
        "亚太地区世界遗产培训与研究中心",
        "Instituto de Formación e Investigación sobre el Patrimonio Mundial para la Región de Asia y el Pacífico, bajo los "
        "auspicios de la UNESCO"),
      L("UNESCO-affiliated institute for World Heritage training and research in Asia and the Pacific. It partnered in the "
        "Travel South over Cloud series and the 2020 China–Mexico exchange, hosted the 2023 World Heritage Creative "
        "Innovator Forum in Guangzhou, is preparing with the Cities Project a report on Chinese cities' good practices in "
        "heritage conservation, and is exploring a China–Mexico heritage pilot around Oaxaca.",
        "在联合国教科文组织支持下设立的亚太地区世界遗产培训与研究机构。该中心是“云游南方”系列活动和2020年中墨经验交流的合作"
        "伙伴，在广州主办了2023年世界遗产创意创新论坛，正与城市项目合作编写中国城市遗产保护良好实践报告，并探讨以瓦哈卡为"
        "重点的中墨遗产保护合作试点。",
        "Instituto de formación e investigación sobre el Patrimonio Mundial en Asia y el Pacífico, bajo los auspicios de la "
        "UNESCO. Fue socio de la serie «Viaja al Sur por la Nube» y del intercambio China–México de 2020, organizó el Foro de "
        "Innovadores Creativos del Patrimonio Mundial 2023 en Cantón, prepara con el Proyecto de Ciudades un informe sobre "
        "buenas prácticas de conservación del patrimonio en ciudades chinas y explora un piloto patrimonial China–México en "
        "torno a Oaxaca."),
      [F23, TR, AR], home="city:shanghai",
      aliases=[("WHITR-AP", "en"), ("WHITR-AP", "es"), ("亚太遗产中心", "zh")]),
    I("inst:ancmpm", "city_association", "MX", "ANCMPM",
      L("National Association of Mexican World Heritage Cities", "墨西哥世界遗产城市全国协会",
        "Asociación Nacional de Ciudades Mexicanas del Patrimonio Mundial, A.C.",
        "Asociación Nacional de Ciudades Mexicanas del Patrimonio Mundial, A.C."),
      L("Association, founded in 1996, of the municipal governments of Mexico's World Heritage cities. It works as a "
        "network to manage resources, build alliances and keep public policies for safeguarding historic centres "
        "consistent, and engages federal and local agencies to improve the conservation of World Heritage and the economic "
        "development of its cities. An active partner of the Travel South over Cloud series and member of the tourism "
        "cluster.",
        "墨西哥世界遗产城市市政府组成的协会，成立于1996年。协会以网络形式筹措资源、建立联盟，确保历史中心保护公共政策的"
        "连续性，并与联邦和地方机构对话，推动改善墨西哥世界遗产的保护状况和城市经济发展。该协会是“云游南方”系列活动的积极"
        "合作伙伴，也是旅游集群成员。",
        "Asociación, fundada en 1996, de los gobiernos municipales de las ciudades mexicanas Patrimonio Mundial. Funciona "
        "como red para gestionar recursos, generar alianzas y dar continuidad a las políticas públicas de salvaguarda de los "
        "centros históricos, y dialoga con instancias federales y locales para mejorar la conservación del patrimonio y el "
        "desarrollo económico de sus ciudades. Socia activa de la serie «Viaja al Sur por la Nube» y miembro del clúster de "
        "turismo."),
      [CP, TR, AR, N22, F23, "src:web-gtoviaja-2015-12"],
      aliases=[("ANCMPM A.C.", "en"), ("ANCMPM A.C.", "es"), ("MWHCA", "en"), ("Mexican World Heritage Cities Association", "en"),
               ("National Association of World Heritage Cities", "en"), ("Ciudades Mexicanas Patrimonio Mundial", "es")],
      website="https://ciudadespatrimonio.mx", clusters=["tourism_heritage_creative"]),
    I("inst:catis", "business_council", "CN", "CATIS",
      L("China Association of Trade in Services", "中国服务贸易协会", "Asociación China de Comercio de Servicios"),
      L("Chinese trade-in-services association and Cities Project partner: co-organizer of the 15-webinar series on "
        "cross-border e-commerce, partner of the China–Mexico exchange, funder of the 2020 Uzbek service-sector training, "
        "donor of 2,000 masks to Koidu and of in-kind training services.",
        "中国服务贸易行业协会，城市项目合作伙伴：联合主办跨境电子商务系列网络研讨会（15期），参与中墨经验交流，资助2020年乌兹"
        "别克斯坦服务业培训，向科伊杜捐赠2000只口罩并提供实物培训服务。",
        "Asociación china del comercio de servicios y socia del Proyecto de Ciudades: coorganizó la serie de 15 seminarios "
        "sobre comercio electrónico transfronterizo, participó en el intercambio China–México, financió la formación uzbeka "
        "de 2020 sobre el sector servicios y donó 2.000 mascarillas a Koidu y servicios de formación en especie."),
      [TR, AR], home="city:beijing", aliases=[("China Association for Trade in Services", "en")]),
    I("inst:unesco", "un_agency", None, "UNESCO",
      L("UNESCO World Heritage Centre", "联合国教科文组织世界遗产中心", "Centro del Patrimonio Mundial de la UNESCO"),
      L("The World Heritage Centre of the United Nations Educational, Scientific and Cultural Organization. Its director "
        "opened the second Travel South over Cloud webinar (November 2020) on digital access to heritage during COVID-19.",
        "联合国教育、科学及文化组织世界遗产中心。中心主任在第二期“云游南方”网络研讨会（2020年11月）上致开幕辞，谈及疫情"
        "期间的遗产数字化访问。",
        "Centro del Patrimonio Mundial de la Organización de las Naciones Unidas para la Educación, la Ciencia y la Cultura. "
        "Su directora inauguró el segundo seminario «Viaja al Sur por la Nube» (noviembre de 2020) sobre el acceso digital "
        "al patrimonio durante la COVID-19."),
      [TR, AR], aliases=[("UNESCO", "en"), ("World Heritage Centre", "en"), ("联合国教科文组织", "zh")]),
    I("inst:unesco-mexico", "un_agency", "MX", "UNESCO Mexico",
      L("UNESCO Office in Mexico", "联合国教科文组织驻墨西哥办事处", "Oficina de la UNESCO en México"),
      L("UNESCO's office in Mexico, which with UNOSSC and the Mexican World Heritage Cities Association formulated a joint "
        "pilot project on sustainable tourism recovery and city-to-city learning after the 2020 China–Mexico exchange.",
        "联合国教科文组织驻墨西哥办事处。2020年中墨经验交流后，该办事处与联合国南南合作办公室和墨西哥世界遗产城市全国协会"
        "共同制定了可持续旅游复苏和城市间互学互鉴的联合试点项目。",
        "Oficina de la UNESCO en México, que tras el intercambio China–México de 2020 formuló con la UNOSSC y la Asociación "
        "de Ciudades Mexicanas del Patrimonio Mundial un proyecto piloto conjunto de recuperación turística sostenible y "
        "aprendizaje entre ciudades."),
      [N22], home="city:mexico-city", aliases=[("UNESCO México", "es")]),
    I("inst:unwto", "un_agency", None, "UNWTO",
      L("World Tourism Organization", "联合国世界旅游组织", "Organización Mundial del Turismo"),
      L("UN specialized agency for tourism; partner of the Travel South over Cloud series, with speakers at the first and "
        "second webinars (2020).",
        "联合国旅游专门机构，“云游南方”系列活动合作伙伴，派代表出席了2020年第一期和第二期网络研讨会。",
        "Organismo especializado de las Naciones Unidas para el turismo; socio de la serie «Viaja al Sur por la Nube», con "
        "ponentes en el primer y el segundo seminario (2020)."),
      [TR, AR], aliases=[("OMT", "es"), ("UN Tourism", "en"), ("世界旅游组织", "zh")]),
    I("inst:uneca", "un_agency", None, "UNECA",
      L("United Nations Economic Commission for Africa", "联合国非洲经济委员会", "Comisión Económica para África"),
      L("UN regional commission for Africa; at the third Travel South over Cloud webinar (December 2020) its Digital "
        "Centre of Excellence presented Rwanda's e-commerce and digital investments for safe tourism.",
        "联合国非洲区域委员会；在第三期“云游南方”网络研讨会（2020年12月）上，其数字卓越中心介绍了卢旺达在电子商务和数字"
        "基础设施方面的投入如何保障旅游安全。",
        "Comisión regional de las Naciones Unidas para África; en el tercer seminario «Viaja al Sur por la Nube» (diciembre "
        "de 2020) su Centro Digital de Excelencia presentó las inversiones de Ruanda en comercio electrónico e "
        "infraestructura digital para un turismo seguro."),
      [TR, AR], aliases=[("ECA", "en"), ("CEPA", "es"), ("非洲经委会", "zh")]),
    I("inst:icomos-mexico", "ngo", "MX", "ICOMOS Mexico",
      L("International Council on Monuments and Sites, Mexico", "国际古迹遗址理事会墨西哥国家委员会",
        "Consejo Internacional de Monumentos y Sitios, México", "ICOMOS Mexicano"),
      L("Mexican national committee of ICOMOS; its president spoke at the 2020 China–Mexico exchange on protecting cultural "
        "heritage while attending to local communities and their livelihoods.",
        "国际古迹遗址理事会墨西哥国家委员会；其主席在2020年中墨经验交流中呼吁加强文化遗产保护，并更加关注当地社区发展和"
        "民生。",
        "Comité nacional mexicano del ICOMOS; su presidente habló en el intercambio China–México de 2020 sobre proteger el "
        "patrimonio cultural atendiendo a las comunidades locales y sus medios de vida."),
      [TR, AR], aliases=[("ICOMOS México", "es"), ("ICOMOS Mexicano", "es")]),
    I("inst:tongji-university", "university", "CN", "",
      L("Tongji University", "同济大学", "Universidad Tongji"),
      L("Chinese university whose professor presented, at the 2020 China–Mexico exchange, visitor-flow management on "
        "Gulangyu (Xiamen) as a heritage-tourism case.",
        "中国高校。在2020年中墨经验交流中，同济大学教授以厦门鼓浪屿的游客流量管理为例介绍了遗产旅游管理经验。",
        "Universidad china cuya profesora presentó en el intercambio China–México de 2020 la gestión de flujos de visitantes "
        "en Gulangyu (Xiamen) como caso de turismo patrimonial."),
      [TR, AR], home="city:shanghai"),
    I("inst:renmin-university", "university", "CN", "RUC",
      L("Renmin University of China", "中国人民大学", "Universidad Renmin de China"),
      L("Chinese university named in 2023 as a party to the China–Mexico World Heritage protection pilot being explored "
        "by WHITRAP with Oaxaca, ANCMPM and the China Academy of Art.",
        "中国高校，2023年被列为亚太遗产中心与瓦哈卡、墨西哥世界遗产城市全国协会及中国美术学院探讨的中墨世界遗产保护合作"
        "试点的参与方。",
        "Universidad china señalada en 2023 como parte del piloto China–México de protección del Patrimonio Mundial que "
        "WHITRAP explora con Oaxaca, la ANCMPM y la Academia de Arte de China."),
      [F23], home="city:beijing", aliases=[("Renmin University", "en")]),
    I("inst:china-academy-of-art", "university", "CN", "CAA",
      L("China Academy of Art", "中国美术学院", "Academia de Arte de China"),
      L("Chinese art academy named in 2023 as a party to the China–Mexico World Heritage protection pilot being explored "
        "by WHITRAP with Oaxaca, ANCMPM and Renmin University.",
        "中国艺术院校，2023年被列为亚太遗产中心与瓦哈卡、墨西哥世界遗产城市全国协会及中国人民大学探讨的中墨世界遗产保护"
        "合作试点的参与方。",
        "Academia de arte china señalada en 2023 como parte del piloto China–México de protección del Patrimonio Mundial "
        "que WHITRAP explora con Oaxaca, la ANCMPM y la Universidad Renmin."),
      [F23], home="city:hangzhou"),
    I("inst:fcssc", "other", None, "FCSSC",
      L("Finance Center for South-South Cooperation", "南南合作金融中心", "Centro Financiero para la Cooperación Sur-Sur"),
      L("Cities Project partner that mobilized PPE: a joint call for donations to China (February–March 2020), 250,000 "
        "masks for WAHO raised on its crypto-crowdfunding platform Bithelp, and 200,000-mask donations recorded for "
        "Beirut and Banjul.",
        "城市项目合作伙伴，筹集个人防护装备：2020年2月至3月与联合国南南合作办公室联合发起对华捐赠倡议，通过其加密货币众筹"
        "平台Bithelp为西非卫生组织筹集25万只口罩，并向贝鲁特和班珠尔各捐赠20万只口罩。",
        "Socio del Proyecto de Ciudades que movilizó EPP: un llamamiento conjunto de donaciones a China (febrero–marzo de "
        "2020), 250.000 mascarillas para la OOAS reunidas en su plataforma de micromecenazgo con criptomonedas Bithelp, y "
        "donaciones de 200.000 mascarillas registradas para Beirut y Banjul."),
      [AR, NL], aliases=[("FC-SSC", "en"), ("Bithelp", "en")]),
    I("inst:mcsr-ca-bc", "business_council", "CN", "MCSR CA BC",
      L("Maritime-Continental Silk Road Cities Alliance Business Council", "海陆丝绸之路城市联盟工商理事会",
        "Consejo Empresarial de la Alianza de Ciudades de la Ruta de la Seda Marítima y Continental"),
      L("Quanzhou-based NGO and Cities Project partner. In March 2020 it pledged and donated over 80,000 surgical masks to "
        "its partner city Isfahan, and with its members donated over 100,000 masks for Bergamo.",
        "总部位于泉州的非政府组织，城市项目合作伙伴。2020年3月向其伙伴城市伊斯法罕认捐并捐赠8万多只外科口罩，并与成员单位"
        "一起向贝加莫捐赠10万多只口罩。",
        "ONG con sede en Quanzhou y socia del Proyecto de Ciudades. En marzo de 2020 comprometió y donó más de 80.000 "
        "mascarillas quirúrgicas a su ciudad socia Isfahán y, con sus miembros, más de 100.000 mascarillas para Bérgamo."),
      [NL, AR], home="city:quanzhou",
      aliases=[("MCSR CA Business Council", "en"), ("MCSR CA", "en"), ("Maritime-Continental Silk Road Cities Alliance", "en")]),
    I("inst:cass", "other", "CN", "CASS",
      L("Chinese Academy of Social Sciences", "中国社会科学院", "Academia China de Ciencias Sociales"),
      L("Chinese research academy. The director of its Tourism Research Centre spoke at the first Travel South over Cloud "
        "webinar (August 2020), and it provided trainers for the 2020 Uzbek service-sector training.",
        "中国社会科学研究机构。其旅游研究中心主任在首期“云游南方”网络研讨会（2020年8月）上发言，该院还为2020年乌兹别克斯坦"
        "服务业培训派出讲师。",
        "Academia china de investigación. El director de su Centro de Investigación Turística intervino en el primer "
        "seminario «Viaja al Sur por la Nube» (agosto de 2020), y aportó formadores a la formación uzbeka de 2020."),
      [TR, AR, UZN], home="city:beijing", aliases=[("China Academy of Social Science", "en"), ("社科院", "zh")]),
    I("inst:corila", "other", "IT", "CORILA",
      L("Consortium for Managing Research Activities in the Venice Lagoon System", "威尼斯潟湖系统研究管理联合会",
        "Consorcio para la Gestión de la Investigación en el Sistema Lagunar de Venecia",
        "Consorzio per il coordinamento delle ricerche inerenti al sistema lagunare di Venezia"),
      L("Venice research consortium; its managing director presented virtual and augmented reality for preparing and "
        "guiding heritage visits at the second Travel South over Cloud webinar (November 2020).",
        "威尼斯研究联合会；其总经理在第二期“云游南方”网络研讨会（2020年11月）上介绍了利用虚拟现实和增强现实技术帮助游客"
        "规划和开展遗产参观。",
        "Consorcio de investigación de Venecia; su director gerente presentó en el segundo seminario «Viaja al Sur por la "
        "Nube» (noviembre de 2020) la realidad virtual y aumentada para preparar y guiar las visitas al patrimonio."),
      [TR], home="city:venice"),
    I("inst:turkic-council", "other", None, "",
      L("Turkic Council", "突厥语国家合作委员会", "Consejo Túrquico"),
      L("Intergovernmental organization of Turkic-speaking states; its deputy secretary general spoke at the third Travel "
        "South over Cloud webinar (December 2020) on digital technology in tourism and South-South cooperation.",
        "突厥语国家政府间组织；其副秘书长在第三期“云游南方”网络研讨会（2020年12月）上就旅游业数字技术应用和南南合作发言。",
        "Organización intergubernamental de Estados de habla túrquica; su secretario general adjunto intervino en el "
        "tercer seminario «Viaja al Sur por la Nube» (diciembre de 2020) sobre tecnología digital en el turismo y "
        "cooperación Sur-Sur."),
      [TR], aliases=[("Cooperation Council of Turkic Speaking States", "en")]),
    I("inst:malanshan-park", "other", "CN", "",
      L("Malanshan Culture Innovation & Creative Economy Industrial Park", "马栏山视频文创产业园",
        "Parque Industrial de Innovación Cultural y Economía Creativa de Malanshan"),
      L("Creative-industry park in Changsha built around video production; the director of its administrative committee "
        "presented how video and cultural tourism reinforce each other at the third Travel South over Cloud webinar "
        "(December 2020).",
        "位于长沙、以视频产业为特色的文化创意产业园；其管委会主任在第三期“云游南方”网络研讨会（2020年12月）上介绍了视频与"
        "文化旅游相互促进的经验。",
        "Parque de industrias creativas de Changsha centrado en la producción de vídeo; el director de su comité "
        "administrativo explicó en el tercer seminario «Viaja al Sur por la Nube» (diciembre de 2020) cómo el vídeo y el "
        "turismo cultural se refuerzan mutuamente."),
      [TR, "src:announce-tsoc-3"], home="city:changsha", aliases=[("Malanshan", "en"), ("马栏山", "zh")]),
    I("inst:creative-arts-council-ghana", "government", "GH", "",
      L("Creative Arts Council of Ghana", "加纳创意艺术委员会", "Consejo de Artes Creativas de Ghana"),
      L("Ghanaian council for the creative arts under the Ministry of Tourism, Arts and Culture; at the third Travel South "
        "over Cloud webinar (December 2020) it presented digital marketing and distribution channels and masterclasses for "
        "the creative sector.",
        "隶属加纳旅游、艺术和文化部的创意艺术委员会；在第三期“云游南方”网络研讨会（2020年12月）上介绍了面向创意产业的数字"
        "营销与发行渠道及大师课。",
        "Consejo ghanés de artes creativas dependiente del Ministerio de Turismo, Artes y Cultura; en el tercer seminario "
        "«Viaja al Sur por la Nube» (diciembre de 2020) presentó canales digitales de comercialización y distribución y "
        "clases magistrales para el sector creativo."),
      [TR]),
    I("inst:africa-business-group", "other", "ZA", "",
      L("Africa Business Group", "非洲商业集团", "Africa Business Group"),
      L("South African business group whose chief executive spoke at the third Travel South over Cloud webinar (December "
        "2020) on promoting Southern Africa as a multi-country destination and its trans-frontier conservation areas.",
        "南非商业集团；其首席执行官在第三期“云游南方”网络研讨会（2020年12月）上介绍了将南部非洲作为多国联游目的地推广及"
        "跨境保护区的经验。",
        "Grupo empresarial sudafricano cuyo director ejecutivo habló en el tercer seminario «Viaja al Sur por la Nube» "
        "(diciembre de 2020) sobre la promoción del África austral como destino multinacional y sus áreas de conservación "
        "transfronterizas."),
      [TR, AR]),
    I("inst:wfp-china-coe", "un_agency", "CN", "WFP CoE China",
      L("WFP China Centre of Excellence", "世界粮食计划署中国卓越中心", "Centro de Excelencia del PMA en China"),
      L("World Food Programme centre of excellence in China; donated 1,000 masks to UNOSSC headquarters in 2020 and is "
        "listed among the Cities Project's UN partners.",
        "世界粮食计划署在华卓越中心；2020年向联合国南南合作办公室总部捐赠1000只口罩，是城市项目的联合国合作伙伴之一。",
        "Centro de excelencia del Programa Mundial de Alimentos en China; donó 1.000 mascarillas a la sede de la UNOSSC en "
        "2020 y figura entre los socios de la ONU del Proyecto de Ciudades."),
      [AR], home="city:beijing", aliases=[("WFP China Center of Excellence", "en"), ("WFP CoE", "en")]),
    I("inst:ic-shp", "other", "CN", "IC-SHP",
      L("International Center on Small Hydro Power", "国际小水电中心", "Centro Internacional de Pequeñas Centrales Hidroeléctricas"),
      L("International centre on small hydropower and Cities Project partner; provided 210,000 masks to Nepal city partners "
        "through cost-sharing resources (2020).",
        "国际小水电领域的国际中心，城市项目合作伙伴；2020年通过费用分摊资源向尼泊尔伙伴城市提供21万只口罩。",
        "Centro internacional de pequeñas centrales hidroeléctricas y socio del Proyecto de Ciudades; aportó 210.000 "
        "mascarillas a ciudades socias de Nepal mediante recursos de costo compartido (2020)."),
      [AR], home="city:hangzhou", aliases=[("ICSHP", "en")]),
    I("inst:szfyep", "ngo", "CN", "",
      L("Shenzhen Federation for Youth Entrepreneurship Promotion", "深圳市青年创业促进会",
        "Federación de Shenzhen para la Promoción del Emprendimiento Juvenil"),
      L("Shenzhen youth-entrepreneurship organization that donated 20,000 masks to WAHO and Banjul in 2020.",
        "深圳青年创业组织，2020年向西非卫生组织和班珠尔捐赠2万只口罩。",
        "Organización de emprendimiento juvenil de Shenzhen que donó 20.000 mascarillas a la OOAS y a Banjul en 2020."),
      [AR], home="city:shenzhen"),
    I("inst:waho", "other", "BF", "WAHO",
      L("West African Health Organisation", "西非卫生组织", "Organización de África Occidental para la Salud",
        "Organisation Ouest Africaine de la Santé"),
      L("ECOWAS health agency serving 15 West African member states; it asked UNOSSC for help with medical equipment and "
        "PPE and received 250,000 masks raised by FCSSC and 20,000 from the Shenzhen Federation (2020).",
        "西非国家经济共同体卫生机构，服务15个西非成员国；曾请联合国南南合作办公室协助采购医疗设备和个人防护装备，2020年获得"
        "南南合作金融中心筹集的25万只口罩和深圳青年创业组织捐赠的2万只口罩。",
        "Agencia de salud de la CEDEAO al servicio de 15 Estados de África Occidental; pidió a la UNOSSC apoyo para equipo "
        "médico y EPP y recibió 250.000 mascarillas reunidas por el FCSSC y 20.000 de la Federación de Shenzhen (2020)."),
      [AR], aliases=[("OOAS", "es"), ("West Africa Health Organization", "en")]),
    I("inst:undrr", "un_agency", None, "UNDRR",
      L("United Nations Office for Disaster Risk Reduction", "联合国减少灾害风险办公室",
        "Oficina de las Naciones Unidas para la Reducción del Riesgo de Desastres"),
      L("UN office for disaster risk reduction; its Global Education and Training Institute (GETI) co-organized with "
        "UNOSSC and PAHO/WHO the 2020 online workshop on making cities resilient.",
        "联合国减少灾害风险办公室；其全球教育与培训学院（GETI）与联合国南南合作办公室和泛美卫生组织/世卫组织于2020年联合"
        "举办“让城市更具韧性”在线研讨会。",
        "Oficina de las Naciones Unidas para la reducción del riesgo de desastres; su Instituto Mundial de Educación y "
        "Formación (GETI) coorganizó con la UNOSSC y la OPS/OMS el taller en línea de 2020 sobre ciudades resilientes."),
      [AR], aliases=[("UNDRR GETI", "en"), ("GETI", "en")]),
    I("inst:paho-who", "un_agency", None, "PAHO/WHO",
      L("Pan American Health Organization / World Health Organization", "泛美卫生组织/世界卫生组织",
        "Organización Panamericana de la Salud / Organización Mundial de la Salud"),
      L("Regional health organization for the Americas; co-organized the 2020 workshop on making cities resilient and a "
        "joint knowledge product on cities' COVID-19 responses with UNOSSC and UNDRR.",
        "美洲区域卫生组织；与联合国南南合作办公室和联合国减少灾害风险办公室联合举办2020年“让城市更具韧性”研讨会，并合作编写"
        "城市抗疫经验知识产品。",
        "Organización regional de salud de las Américas; coorganizó el taller de 2020 sobre ciudades resilientes y un "
        "producto de conocimiento conjunto sobre las respuestas de las ciudades a la COVID-19 con la UNOSSC y la UNDRR."),
      [AR], aliases=[("PAHO", "en"), ("OPS/OMS", "es"), ("OPS", "es")]),
    I("inst:undp-uzbekistan", "un_agency", "UZ", "UNDP Uzbekistan",
      L("UNDP in Uzbekistan", "联合国开发计划署驻乌兹别克斯坦代表处", "PNUD en Uzbekistán"),
      L("UNDP country office that co-organized the 2020 training for 35 Uzbek cities and invited the Cities Project to "
        "join it.",
        "联合国开发计划署驻乌兹别克斯坦代表处，共同主办2020年面向35座乌兹别克斯坦城市的培训，并邀请城市项目参与。",
        "Oficina del PNUD en Uzbekistán, que coorganizó la formación de 2020 para 35 ciudades uzbekas e invitó al Proyecto "
        "de Ciudades a sumarse."),
      [AR, UZN], home="city:tashkent", aliases=[("PNUD Uzbekistán", "es")]),
    I("inst:gsbe-uzbekistan", "training_institute", "UZ", "GSBE",
      L("Republican Graduate School of Business and Entrepreneurship (Uzbekistan)",
        "乌兹别克斯坦共和国工商管理与创业研究生院",
        "Escuela Superior Republicana de Negocios y Emprendimiento (Uzbekistán)"),
      L("Graduate school under Uzbekistan's Ministry of Economic Development and Poverty Reduction that initiated the "
        "one-week 2020 online training for mayors and deputy mayors of 35 mid-sized cities.",
        "隶属乌兹别克斯坦经济发展与减贫部的研究生院，发起了2020年面向35座中等城市市长和副市长的为期一周的在线培训。",
        "Escuela de posgrado del Ministerio de Desarrollo Económico y Reducción de la Pobreza de Uzbekistán que impulsó la "
        "formación en línea de una semana de 2020 para alcaldes y vicealcaldes de 35 ciudades medianas."),
      [AR, UZN], home="city:tashkent",
      aliases=[("Uzbekistan Republican Graduate School of Business and Management", "en"),
               ("Graduate School of Business and Entrepreneurship", "en")]),
    I("inst:china-cdc", "government", "CN", "China CDC",
      L("Chinese Center for Disease Control and Prevention", "中国疾病预防控制中心",
        "Centro Chino para el Control y la Prevención de Enfermedades"),
      L("China's national public-health agency; its chief epidemiologist shared reopening measures at the 6 October 2020 "
        "webinar of the workshop on making cities resilient.",
        "中国国家公共卫生机构；其首席流行病学家在2020年10月6日“让城市更具韧性”研讨会网络研讨会上分享了复工复产防控措施。",
        "Agencia nacional de salud pública de China; su epidemiólogo jefe compartió medidas de reapertura en el seminario "
        "del 6 de octubre de 2020 del taller sobre ciudades resilientes."),
      [AR], home="city:beijing", aliases=[("中国疾控中心", "zh")]),
    I("inst:tourism-fiji", "government", "FJ", "",
      L("Tourism Fiji", "斐济旅游局", "Tourism Fiji"),
      L("Fiji's tourism marketing body; its marketing director spoke at the first Travel South over Cloud webinar (August "
        "2020) on digital tools in tourism marketing during COVID-19.",
        "斐济旅游营销机构；其市场总监在首期“云游南方”网络研讨会（2020年8月）上介绍了疫情期间数字工具在旅游营销中的作用。",
        "Organismo de promoción turística de Fiyi; su directora de marketing habló en el primer seminario «Viaja al Sur por "
        "la Nube» (agosto de 2020) sobre las herramientas digitales en el marketing turístico durante la COVID-19."),
      [TR, AR]),
    I("inst:uz-ministry-tourism", "government", "UZ", "",
      L("Ministry of Tourism of the Republic of Uzbekistan", "乌兹别克斯坦共和国旅游部", "Ministerio de Turismo de la República de Uzbekistán"),
      L("Uzbek ministry that presented the uzbekistan360.uz virtual tours, featuring Khiva, at the second Travel South over "
        "Cloud webinar (November 2020).",
        "乌兹别克斯坦政府部门，在第二期“云游南方”网络研讨会（2020年11月）上介绍了以希瓦为例的uzbekistan360.uz虚拟游览网站。",
        "Ministerio uzbeko que presentó los recorridos virtuales de uzbekistan360.uz, con Jiva como ejemplo, en el segundo "
        "seminario «Viaja al Sur por la Nube» (noviembre de 2020)."),
      [TR, AR]),
    I("inst:phoenix-tv", "other", "HK", "",
      L("Phoenix TV", "凤凰卫视", "Phoenix TV"),
      L("Media partner of the first Travel South over Cloud webinar (August 2020) and of Cities Project advocacy.",
        "首期“云游南方”网络研讨会（2020年8月）及城市项目宣传的媒体合作伙伴。",
        "Socio mediático del primer seminario «Viaja al Sur por la Nube» (agosto de 2020) y de la difusión del Proyecto de Ciudades."),
      [AR], aliases=[("Phoenix Television", "en")]),
    I("inst:ghana-tourism-authority", "government", "GH", "GTA",
      L("Ghana Tourism Authority", "加纳旅游局", "Autoridad de Turismo de Ghana"),
      L("Ghanaian tourism authority whose e-commerce practice was showcased in the Cities Project's cross-border e-commerce "
        "webinar series (2020).",
        "加纳旅游管理机构，其电子商务实践在城市项目跨境电子商务系列网络研讨会（2020年）上得到展示。",
        "Autoridad turística de Ghana cuyas prácticas de comercio electrónico se presentaron en la serie de seminarios del "
        "Proyecto de Ciudades sobre comercio electrónico transfronterizo (2020)."),
      [AR]),
    I("inst:southeast-university", "university", "CN", "SEU",
      L("Southeast University", "东南大学", "Universidad del Sudeste"),
      L("Chinese university that provided trainers for the 2020 Uzbek service-sector training.",
        "中国高校，为2020年乌兹别克斯坦服务业培训派出讲师。",
        "Universidad china que aportó formadores a la formación uzbeka de 2020 sobre el sector servicios."),
      [AR, UZN], home="city:nanjing"),
    I("inst:nanjing-university", "university", "CN", "NJU",
      L("Nanjing University", "南京大学", "Universidad de Nankín"),
      L("Chinese university that provided trainers for the 2020 Uzbek service-sector training.",
        "中国高校，为2020年乌兹别克斯坦服务业培训派出讲师。",
        "Universidad china que aportó formadores a la formación uzbeka de 2020 sobre el sector servicios."),
      [AR, UZN], home="city:nanjing"),
    I("inst:nanjing-academy-social-sciences", "other", "CN", "",
      L("Nanjing Academy of Social Sciences", "南京市社会科学院", "Academia de Ciencias Sociales de Nankín"),
      L("Municipal research academy that provided trainers for the 2020 Uzbek service-sector training.",
        "市级社会科学研究机构，为2020年乌兹别克斯坦服务业培训派出讲师。",
        "Academia municipal de investigación que aportó formadores a la formación uzbeka de 2020 sobre el sector servicios."),
      [AR, UZN], home="city:nanjing", aliases=[("Nanjing Academy of Social Science", "en")]),
    I("inst:uz-public-services-agency", "government", "UZ", "",
      L("Public Services Agency under the Ministry of Justice of Uzbekistan", "乌兹别克斯坦司法部公共服务局",
        "Agencia de Servicios Públicos del Ministerio de Justicia de Uzbekistán"),
      L("Uzbek agency whose officers took part in the 2020 training on developing business and the service sector.",
        "乌兹别克斯坦政府机构，其官员参加了2020年发展商业和服务业培训。",
        "Agencia uzbeka cuyos funcionarios participaron en la formación de 2020 sobre desarrollo empresarial y del sector servicios."),
      [AR]),
    I("inst:undp-china", "un_agency", "CN", "UNDP China",
      L("UNDP China Country Office", "联合国开发计划署驻华代表处", "Oficina del PNUD en China"),
      L("UNDP office in China that coordinated, with the Cities Project team, the international logistics of the 250,000 "
        "masks for WAHO and took part in the project's mask initiatives.",
        "联合国开发计划署驻华代表处，与城市项目团队共同协调为西非卫生组织捐赠的25万只口罩的国际物流，并参与项目的口罩援助行动。",
        "Oficina del PNUD en China que coordinó con el equipo del Proyecto de Ciudades la logística internacional de las "
        "250.000 mascarillas para la OOAS y participó en las iniciativas de mascarillas del proyecto."),
      [AR], home="city:beijing"),
    I("inst:un-habitat", "un_agency", None, "UN-Habitat",
      L("United Nations Human Settlements Programme", "联合国人类住区规划署", "Programa de las Naciones Unidas para los Asentamientos Humanos"),
      L("UN agency for human settlements; the Cities Project made available the English version of the UN-Habitat China "
        "report on COVID-19 and Healthy Cities.",
        "联合国人居领域机构；城市项目推出了联合国人居署中国办公室《新冠肺炎与健康城市》报告的英文版。",
        "Organismo de la ONU para los asentamientos humanos; el Proyecto de Ciudades publicó la versión en inglés del "
        "informe de ONU-Hábitat China sobre COVID-19 y ciudades saludables."),
      [AR], aliases=[("ONU-Hábitat", "es"), ("联合国人居署", "zh")]),
    I("inst:africa-cdc", "other", None, "Africa CDC",
      L("Africa Centres for Disease Control and Prevention", "非洲疾病预防控制中心", "Centros Africanos para el Control y la Prevención de Enfermedades"),
      L("African Union public-health agency that co-organized, with the Jack Ma Foundation and Alibaba, a COVID-19 knowledge "
        "exchange with Chinese counterparts on 28 April 2020, supported by the Cities Project.",
        "非洲联盟公共卫生机构，2020年4月28日与马云公益基金会和阿里巴巴联合举办与中国同行的抗疫知识交流，城市项目提供了支持。",
        "Agencia de salud pública de la Unión Africana que coorganizó con la Fundación Jack Ma y Alibaba un intercambio de "
        "conocimientos sobre la COVID-19 con homólogos chinos el 28 de abril de 2020, con apoyo del Proyecto de Ciudades."),
      [AR], aliases=[("非洲疾控中心", "zh"), ("CDC de África", "es")]),
    I("inst:jack-ma-foundation", "ngo", "CN", "",
      L("Jack Ma Foundation", "马云公益基金会", "Fundación Jack Ma"),
      L("Philanthropic foundation that co-organized, with Alibaba Foundation and Alibaba Health, the 2020 COVID-19 webinars "
        "with Africa CDC and with Sudan's Federal Ministry of Health supported by the Cities Project.",
        "公益基金会，与阿里巴巴公益基金会和阿里健康联合举办了2020年与非洲疾控中心及苏丹联邦卫生部的抗疫网络研讨会，城市项目"
        "提供了支持。",
        "Fundación filantrópica que coorganizó con Alibaba Foundation y Alibaba Health los seminarios de 2020 sobre la "
        "COVID-19 con los CDC de África y con el Ministerio Federal de Salud de Sudán, con apoyo del Proyecto de Ciudades."),
      [AR]),
    I("inst:sahzu", "university", "CN", "SAHZU",
      L("Second Affiliated Hospital of Zhejiang University School of Medicine", "浙江大学医学院附属第二医院",
        "Segundo Hospital Afiliado de la Facultad de Medicina de la Universidad de Zhejiang"),
      L("University hospital that shared first-hand clinical experience of COVID-19 with Sudanese health professionals at a "
        "webinar on 21 May 2020 facilitated by UNOSSC and the Cities Project.",
        "大学附属医院，2020年5月21日在联合国南南合作办公室和城市项目协助举办的网络研讨会上与苏丹医务人员分享新冠肺炎一线临床"
        "经验。",
        "Hospital universitario que compartió su experiencia clínica de primera mano sobre la COVID-19 con profesionales "
        "sudaneses en un seminario del 21 de mayo de 2020 facilitado por la UNOSSC y el Proyecto de Ciudades."),
      [AR], home="city:hangzhou", aliases=[("浙大二院", "zh")]),
    I("inst:sudan-fmoh", "government", "SD", "",
      L("Federal Ministry of Health of Sudan", "苏丹联邦卫生部", "Ministerio Federal de Salud de Sudán"),
      L("Sudan's health ministry, which exchanged COVID-19 clinical experience with SAHZU at a webinar on 21 May 2020.",
        "苏丹卫生部，2020年5月21日通过网络研讨会与浙江大学医学院附属第二医院交流新冠肺炎临床经验。",
        "Ministerio de salud de Sudán, que intercambió experiencia clínica sobre la COVID-19 con el SAHZU en un seminario "
        "del 21 de mayo de 2020."),
      [AR]),
    I("inst:ctma", "business_council", "CN", "",
      L("China Technology Market Association", "中国技术市场协会", "Asociación del Mercado Tecnológico de China"),
      L("Chinese association that contributed in kind, with CATIS and Hunan Province/Changsha, about RMB 150,000 of "
        "services for Cities Project training courses (2020).",
        "中国行业协会，与中国服务贸易协会、湖南省/长沙市一道为城市项目培训课程提供了价值约15万元人民币的实物服务（2020年）。",
        "Asociación china que aportó en especie, con la CATIS y la provincia de Hunan/Changsha, servicios por unos 150.000 "
        "RMB para cursos de formación del Proyecto de Ciudades (2020)."),
      [AR]),
    I("inst:hnca", "other", "CN", "HNCA",
      L("Henan Civil Aviation", "河南民航", "Aviación Civil de Henan"),
      L("Project partner named among those whose 2020 donations to Iran, Italy and Luxembourg the Cities Project supported "
        "with advocacy.",
        "城市项目合作伙伴，2020年其向伊朗、意大利和卢森堡的捐赠得到城市项目的宣传支持。",
        "Socio del proyecto citado entre aquellos cuyas donaciones de 2020 a Irán, Italia y Luxemburgo el Proyecto de "
        "Ciudades apoyó con labor de difusión."),
      [AR]),
    I("inst:cabc", "business_council", "CN", "CABC",
      L("China Africa Business Council", "中非民间商会", "Consejo Empresarial China-África"),
      L("Project partner named among those whose 2020 donations to Iran, Italy and Luxembourg the Cities Project supported "
        "with advocacy.",
        "城市项目合作伙伴，2020年其向伊朗、意大利和卢森堡的捐赠得到城市项目的宣传支持。",
        "Socio del proyecto citado entre aquellos cuyas donaciones de 2020 a Irán, Italia y Luxemburgo el Proyecto de "
        "Ciudades apoyó con labor de difusión."),
      [AR]),
    I("inst:upsc", "ngo", "CN", "UPSC",
      L("Urban Planning Society of China", "中国城市规划学会", "Sociedad de Planificación Urbana de China"),
      L("National academic and professional society for urban planning, based in Beijing; co-publisher of the journal "
        "Human Settlements, whose issue on COVID-19 and Healthy Cities the Cities Project disseminated in English with "
        "UN-Habitat.",
        "全国性城市规划学术和专业组织，总部设在北京；《人类居住》期刊的合办单位，城市项目与联合国人居署合作传播了该刊"
        "《新冠肺炎与健康城市》专刊的英文版。",
        "Sociedad académica y profesional nacional de planificación urbana, con sede en Pekín; coeditora de la revista "
        "Human Settlements, cuyo número sobre COVID-19 y ciudades saludables el Proyecto de Ciudades difundió en inglés con "
        "ONU-Hábitat."),
      [AR], home="city:beijing", website="http://www.planning.org.cn"),
    I("inst:itc", "un_agency", None, "ITC",
      L("International Trade Centre", "国际贸易中心", "Centro de Comercio Internacional"),
      L("Listed among the UN entities engaged by the Cities Project in 2020.", "2020年参与城市项目的联合国实体之一。",
        "Entre las entidades de la ONU que colaboraron con el Proyecto de Ciudades en 2020."), [AR]),
    I("inst:unescap", "un_agency", None, "ESCAP",
      L("United Nations Economic and Social Commission for Asia and the Pacific", "联合国亚洲及太平洋经济社会委员会",
        "Comisión Económica y Social de las Naciones Unidas para Asia y el Pacífico"),
      L("Listed among the UN entities engaged by the Cities Project in 2020.", "2020年参与城市项目的联合国实体之一。",
        "Entre las entidades de la ONU que colaboraron con el Proyecto de Ciudades en 2020."), [AR],
      aliases=[("UN ESCAP", "en"), ("CESPAP", "es"), ("亚太经社会", "zh")]),
    I("inst:un-women", "un_agency", None, "UN Women",
      L("UN Women", "联合国妇女署", "ONU Mujeres"),
      L("Listed among the UN entities engaged by the Cities Project in 2020.", "2020年参与城市项目的联合国实体之一。",
        "Entre las entidades de la ONU que colaboraron con el Proyecto de Ciudades en 2020."), [AR]),
    I("inst:unfpa", "un_agency", None, "UNFPA",
      L("United Nations Population Fund", "联合国人口基金", "Fondo de Población de las Naciones Unidas"),
      L("Listed (headquarters and China office) among the UN entities engaged by the Cities Project in 2020.",
        "2020年参与城市项目的联合国实体之一（总部及驻华代表处）。",
        "Entre las entidades de la ONU que colaboraron con el Proyecto de Ciudades en 2020 (sede y oficina en China)."),
      [AR], aliases=[("UNFPA China", "en")]),
    I("inst:wco", "other", None, "WCO",
      L("World Customs Organization", "世界海关组织", "Organización Mundial de Aduanas"),
      L("Listed among the development partners engaged by the Cities Project in 2020.", "2020年参与城市项目的发展伙伴之一。",
        "Entre los socios para el desarrollo que colaboraron con el Proyecto de Ciudades en 2020."), [AR],
      aliases=[("OMA", "es")]),
    I("inst:wfp-cerfam", "un_agency", None, "CERFAM",
      L("WFP Regional Centre of Excellence against Hunger and Malnutrition", "世界粮食计划署抗击饥饿与营养不良区域卓越中心",
        "Centro Regional de Excelencia contra el Hambre y la Malnutrición del PMA"),
      L("Listed among the UN entities engaged by the Cities Project in 2020.", "2020年参与城市项目的联合国实体之一。",
        "Entre las entidades de la ONU que colaboraron con el Proyecto de Ciudades en 2020."), [AR]),
    I("inst:turkish-tourism-agency", "government", "TR", "TGA",
      L("Turkish Tourism Promotion and Development Agency", "土耳其旅游推广与发展署",
        "Agencia de Promoción y Desarrollo Turístico de Turquía"),
      L("Turkish agency whose digital strategy studies and action plan cover the Alanya region, as Alanya's speaker noted at "
        "the third Travel South over Cloud webinar (December 2020).",
        "土耳其政府机构，阿拉尼亚代表在第三期“云游南方”网络研讨会（2020年12月）上提到，该署的数字化战略研究和行动计划覆盖"
        "阿拉尼亚地区。",
        "Agencia turca cuyos estudios de estrategia digital y plan de acción abarcan la región de Alanya, según señaló su "
        "representante en el tercer seminario «Viaja al Sur por la Nube» (diciembre de 2020)."),
      [TR]),
]

GTO = "src:web-gtoviaja-2015-12"
MEMBERSHIPS = [
    # ANCMPM's member cities as listed in December 2015 (Tlacotalpan, also listed, is not in the sample).
    *[{"institution": "inst:ancmpm", "city": c, "role": "member", "source": GTO}
      for c in ("city:campeche", "city:guanajuato", "city:mexico-city", "city:morelia", "city:oaxaca", "city:puebla",
                "city:queretaro", "city:san-miguel-de-allende", "city:zacatecas")],
    {"institution": "inst:mcsr-ca-bc", "city": "city:isfahan", "role": "member", "source": NL,
     "note": "Isfahan is called the alliance's 'partner city'"},
    {"institution": "inst:uz-ministry-tourism", "city": "city:khiva", "role": "speaks_for", "source": TR,
     "note": "Khiva's good practice was showcased by the Ministry of Tourism (webinar 2)"},
    {"institution": "inst:corila", "city": "city:venice", "role": "speaks_for", "source": TR,
     "note": "Venice's good practice was showcased by CORILA (webinar 2)"},
    {"institution": "inst:malanshan-park", "city": "city:changsha", "role": "speaks_for", "source": TR,
     "note": "Changsha's good practice was presented by the park's administrative committee (webinar 3)"},
]
