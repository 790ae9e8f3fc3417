# SPDX-License-Identifier: GPL-3.0-or-later
"""Events: the four Travel South over Cloud webinars (the fourth modelled as the
December 2020 two-day exchange plus its 15 January 2021 premiere), the other
Cities Project trainings and webinars, the 2022 Mexico City–Luoyang video
conference, the 2023 WHITRAP forum, and donations (kind "donation", donor and
recipient participations, amounts in the note).  A participation without its
own source cites the event's source (filled in by make_sample.py)."""
from . import L

TR = "src:training-report-tsoc"
AR = "src:annual-report-2020"
NL = "src:newsletter-2020-04"
SV = "src:survey-tsoc-2020-12"

WANG = ("Xiaojun Grace Wang", "Deputy Director, UNOSSC")
ORTEGA = ("Jorge Ortega González", "Director General, National Association of Mexican World Heritage Cities (ANCMPM)")
TSOC = L("Travel South over Cloud", "云游南方", "Viaja al Sur por la Nube")


def P(actor, role, person=None, title=None, source=None):
    d = {"actor": actor, "role": role}
    if person:
        d["person"] = person
    if title:
        d["person_title"] = title
    if source:
        d["source"] = source
    return d


def E(uid, kind, titles, date, source, note, parts, end_date=None, precision=None, location=None):
    d = {"uid": uid, "kind": kind, "titles": titles, "date": date, "end_date": end_date}
    if precision:
        d["date_precision"] = precision
    if location:
        d["location"] = location
    d.update({"source": source, "note": note, "participations": parts})
    return d


def tsoc(n, en, zh, es):
    return L(f"{TSOC['en']} {n}: {en}", f"{TSOC['zh']}（{'一二三四'[n - 1]}）：{zh}", f"{TSOC['es']} {n}: {es}")


# Speakers of the China–Mexico exchange (training report agenda and highlights), shared by the December 2020
# exchange and its January 2021 premiere.
EXCHANGE_PARTS = [
    P("inst:unossc", "organizer"),
    P("inst:unossc", "moderator", "Muriel Obon", "Project and Event Management Consultant, UNOSSC"),
    P("inst:unossc", "speaker", *WANG),
    P("inst:ancmpm", "partner"),
    P("inst:ancmpm", "speaker", *ORTEGA),
    P("inst:catis", "partner"),
    P("inst:whitrap", "partner"),
    P("inst:whitrap", "speaker", "Xin Li", "Deputy Director, WHITRAP"),
    P("inst:tongji-university", "speaker", "Qing Mei", "Professor, Tongji University"),
    P("inst:icomos-mexico", "speaker", "Saúl Alcántara Onofre", "President, ICOMOS Mexico"),
    P("city:san-miguel-de-allende", "speaker", "Nataly Hernandez Romero",
      "Special Assistant to the Tourism Director of San Miguel de Allende"),
    P("city:oaxaca", "speaker", "Gloria Martínez López", "Director of Tourism and Culture of the City of Oaxaca"),
    P("city:dunhuang", "speaker", "Yugang Lu", "Vice Mayor of Dunhuang City"),
    P("city:queretaro", "speaker", "Raúl Parissi Arau", "Secretary of Tourism of Querétaro"),
    P("city:morelia", "speaker", "Gabriel Chávez Villa", "Director of Tourism Development and Training of Morelia"),
    P("city:luoyang", "speaker", "Dapeng Hu", "Director of the Bureau of Culture, Radio, Television and Tourism of Luoyang"),
    P("city:durango", "speaker", "Fernando Martínez Pérez", "Municipal Director of Tourism Promotion of Durango"),
    P("city:guanajuato", "speaker", "Daniel Gutiérrez Meave",
      "Director General of Tourism and Economic Development of Guanajuato"),
    P("city:huaian", "speaker", "Qian Li", "Deputy Director of the Bureau of Culture, Radio, Television and Tourism of Huai'an"),
    P("city:san-luis-potosi", "speaker", "Yara Mariana Nagore Rojas", "Director of Municipal Tourism of San Luis Potosí"),
    P("city:zacatecas", "speaker", "Fabiola Inguanzo González", "Secretary of Economic Development and Tourism of Zacatecas"),
    P("city:puebla", "speaker", "Silvia Morales Terrón", "Head of the Department of Industry Relations, Puebla"),
    P("city:anyang", "speaker", "Wenming Xue", "Director of the Bureau of Culture, Radio, Sports and Tourism of Anyang"),
    P("city:mexico-city", "speaker", "Anabelí Contreras Julián",
      "Director of Promotion and Dissemination, Mexico City Government"),
    P("city:campeche", "speaker", "Verónica Ceballos Cámara", "Director of Economic Development, Campeche"),
    P("city:xochimilco", "participant", source=AR),
]

EXCHANGE_TITLE_EN = "China-Mexico South-South Experience Exchange: Promoting Inclusive and Sustainable Tourism Development in Cities"
EXCHANGE_TITLE_ZH = "中墨南南经验交流：促进城市包容性和可持续旅游发展"
EXCHANGE_TITLE_ES = "Intercambio de experiencias Sur-Sur China–México: promover el desarrollo turístico inclusivo y sostenible en las ciudades"

MONTHLY = ("The annual report's donation timeline prints each month label after its entries; the month here follows "
           "that reading (month precision). ")

EVENTS = [
    E("event:tsoc-1", "webinar",
      tsoc(1, "South-South Cooperation on Leveraging Digitalization for the Recovery and Growth of Tourism",
           "利用数字化促进旅游业复苏与增长的南南合作",
           "Cooperación Sur-Sur para aprovechar la digitalización en la recuperación y el crecimiento del turismo"),
      "2020-08-01", TR,
      "Broadcast in August 2020 (day not stated); pre-recorded, in English and Chinese. Approx. 125,000 views. "
      "Partners: UNWTO; media partner Phoenix TV.",
      [P("inst:unossc", "organizer"), P("inst:unossc", "moderator", *WANG),
       P("inst:unossc", "speaker", "Jorge Chediek",
         "Director of UNOSSC and Envoy of the Secretary-General on South-South Cooperation"),
       P("inst:unwto", "partner"),
       P("inst:unwto", "speaker", "Zoritsa Urosevic", "Director, Institutional Relations and Partnerships, UNWTO"),
       P("inst:phoenix-tv", "partner", source=AR),
       P("city:henan", "speaker", "Jinping He", "Vice Governor of Henan Province"),
       P("inst:tourism-fiji", "speaker", "Emma Campbell", "Director of Marketing, Tourism Fiji"),
       P("city:sao-paulo", "speaker", "Juarez Bottaro", "Special Advisor to the Tourism Secretariat, São Paulo City"),
       P("city:sao-paulo", "speaker", "Michele Fernanda Ferreira Vicente Oliveira",
         "Director of the Technical Division to Promote Tourism (COTUR), Tourism Secretariat of São Paulo City"),
       P("city:dunhuang", "speaker", "Jimin Song", "Vice-Mayor, Dunhuang City"),
       P("city:tashkent", "speaker", "Izzatbek Djuraev",
         "First Deputy Director, Department for Tourism Development of Tashkent City"),
       P("inst:cass", "speaker", "Rui Song", "Director of the Tourism Research Centre, Chinese Academy of Social Sciences"),
       P("inst:ancmpm", "speaker", *ORTEGA)],
      precision="month"),
    E("event:tsoc-2", "webinar",
      tsoc(2, "Leveraging Digital Innovation in Promoting Tourism Development in World Cultural Heritage Cities in the "
              "Context of COVID-19",
           "新冠疫情背景下利用数字创新促进世界文化遗产城市旅游发展",
           "Aprovechar la innovación digital para el desarrollo turístico de las ciudades Patrimonio Cultural de la "
           "Humanidad en el contexto de la COVID-19"),
      "2020-11-22", "src:announce-tsoc-2",
      "Pre-recorded; available 22 November 2020, 7:00 New York time (Chinese on Fengzhibo and Fengshow, English on "
      "YouTube and BiliBili). Approx. 115,000 views. Venice and Khiva were showcased through CORILA and Uzbekistan's "
      "Ministry of Tourism; ANCMPM's SME platform was shown with Guanajuato as the example.",
      [P("inst:unossc", "organizer"), P("inst:unossc", "moderator", *WANG),
       P("inst:unesco", "speaker", "Mechtild Rössler", "Director, World Heritage Centre, UNESCO"),
       P("inst:corila", "speaker", "Pierpaolo Campostrini", "Managing Director, CORILA"),
       P("city:venice", "participant", source=TR),
       P("inst:uz-ministry-tourism", "speaker", "Islomiddin Srojidinov",
         "Specialist, Ministry of Tourism, Republic of Uzbekistan"),
       P("city:khiva", "participant", source=TR),
       P("inst:ancmpm", "speaker", *ORTEGA),
       P("inst:unwto", "speaker", "Igor Stefanovic",
         "Technical Coordinator, Ethics, Culture and Social Responsibility Department, UNWTO")]),
    E("event:tsoc-3", "webinar",
      tsoc(3, "Showcasing Good Practice in Promoting Creative Economy and E-commerce for Tourism Recovery",
           "展示以创意经济和电子商务促进旅游业复苏的良好实践",
           "Buenas prácticas de economía creativa y comercio electrónico para la recuperación del turismo"),
      "2020-12-20", "src:announce-tsoc-3",
      "Pre-recorded; available 20 December 2020, 7:00 New York time; with sign-language interpretation. Approx. 435,000 "
      "views. UNECA presented Rwanda's practice; Africa Business Group spoke for South Africa.",
      [P("inst:unossc", "organizer"), P("inst:unossc", "moderator", *WANG),
       P("inst:turkic-council", "speaker", "Mirvokhid Azimov", "Deputy Secretary General, Turkic Council"),
       P("inst:uneca", "speaker", "Tunde Fafunwa",
         "Lead Advisor, Digital Centre for Excellence – Identity, Trade & Economy, UNECA"),
       P("inst:malanshan-park", "speaker", "Ming Li", "Director, Administrative Committee, Malanshan Park, Changsha"),
       P("city:changsha", "participant", source=TR),
       P("inst:creative-arts-council-ghana", "speaker", "Frank Kwabena Owusu",
         "Director of Operations, Creative Arts Council of Ghana"),
       P("city:baguio", "speaker", "Aloysius Mapalo", "Tourism Operations Specialist, City Government of Baguio"),
       P("city:alanya", "speaker", "Pauliina Muftuoglu",
         "Member of Alanya City Council and President of the Culture and Tourism Committee"),
       P("inst:africa-business-group", "speaker", "Michael Sudarkasa", "Chief Executive Officer, Africa Business Group")]),
    E("event:tsoc-exchange-2020-12", "exchange",
      L(EXCHANGE_TITLE_EN + " (two-day online study course)", EXCHANGE_TITLE_ZH + "（为期两天的在线研修与交流）",
        EXCHANGE_TITLE_ES + " (curso en línea de dos días)"),
      "2020-12-01", TR,
      "Two-day online study course and experience exchange held in early December 2020 (exact days not stated; the "
      "post-workshop survey opened on 3 December). Coordinated by the Cities Project with ANCMPM, CATIS and WHITRAP; "
      "Tongji University, ICOMOS Mexico, 4 Chinese cities (Anyang, Dunhuang, Huai'an, Luoyang) and 12 Mexican cities "
      "took part. Chinese, English and Spanish. Edited into the webinar premiered on 15 January 2021 (event:tsoc-4).",
      EXCHANGE_PARTS, precision="month"),
    E("event:tsoc-4", "webinar",
      tsoc(4, EXCHANGE_TITLE_EN, EXCHANGE_TITLE_ZH, EXCHANGE_TITLE_ES),
      "2021-01-15", "src:announce-tsoc-4",
      "Premiere of the recorded December 2020 exchange: pre-recorded, available 15 January 2021, 7:00 New York time; "
      "four hours in Chinese, English and Spanish. Approx. 351,000 views (training report; the annual report says approx. "
      "350,000), bringing the series to approx. 1,026,000 views.",
      [dict(p, source=p.get("source", TR)) for p in EXCHANGE_PARTS]),
    E("event:uzbek-training-2020-11", "training",
      L("Training on Transforming Cities by Developing Business and Enhancing the Service Sector (Uzbekistan)",
        "通过发展商业和提升服务业推动城市转型培训（乌兹别克斯坦）",
        "Formación para transformar las ciudades desarrollando los negocios y el sector servicios (Uzbekistán)"),
      "2020-11-06", "src:news-2020-11-uzbek-workshop",
      "One-week online workshop completed on 6 November 2020 (start date not stated; survey 3–17 November). 76 officials "
      "including mayors and deputy mayors of 35 mid-sized Uzbek cities (not named). Eight trainers mobilized by the "
      "Cities Project; funding support from CATIS.",
      [P("inst:gsbe-uzbekistan", "organizer"), P("inst:undp-uzbekistan", "organizer"),
       P("inst:unossc", "partner"), P("inst:unossc", "speaker", WANG[0], WANG[1] + " (video message)"),
       P("inst:catis", "partner", source=AR),
       P("inst:cass", "speaker"), P("inst:southeast-university", "speaker"), P("inst:nanjing-university", "speaker"),
       P("inst:nanjing-academy-social-sciences", "speaker"),
       P("inst:uz-public-services-agency", "participant", source=AR)]),
    E("event:drr-workshop-2020", "training",
      L("Making Cities Resilient: Developing and Implementing Local Disaster Risk Reduction Strategies to Respond to "
        "COVID-19 and Better Prepare for the Future",
        "让城市更具韧性：制定和实施地方减少灾害风险战略，应对新冠疫情并更好地防范未来风险",
        "Desarrollando ciudades resilientes: estrategias locales de reducción del riesgo de desastres para responder a la "
        "COVID-19 y prepararse mejor para el futuro"),
      "2020-09-08", AR,
      "Certified online workshop of five sessions and one self-paced assignment, English with Spanish interpretation. "
      "2,556 registrants from 140 countries and 1,621 attendees (survey section; the impact story says over 2,500 "
      "participants from close to 150 countries). Suva, Kathmandu, Jakarta, Quezon City and Abuja were the most "
      "represented cities.",
      [P("inst:undrr", "organizer"), P("inst:unossc", "organizer"), P("inst:paho-who", "organizer"),
       P("city:suva", "participant"), P("city:kathmandu", "participant"), P("city:jakarta", "participant"),
       P("city:quezon-city", "participant"), P("city:abuja", "participant")],
      end_date="2020-10-06"),
    E("event:drr-webinar-2020-10-06", "webinar",
      L("Cities' experience and good practices on reopening and adjusting public health measures in response to COVID-19",
        "城市复工复产及调整公共卫生措施应对新冠疫情的经验与良好实践",
        "Experiencias y buenas prácticas de las ciudades en la reapertura y el ajuste de las medidas de salud pública "
        "frente a la COVID-19"),
      "2020-10-06", AR,
      "Last webinar of the Making Cities Resilient workshop; municipal experts from Chandigarh, Medellín and Udine.",
      [P("inst:unossc", "organizer"), P("inst:unossc", "speaker", *WANG),
       P("inst:paho-who", "speaker", "Gerry Eijkemans", "Chief, Health Promotion and Social Determinants Unit, PAHO/WHO"),
       P("inst:china-cdc", "speaker", "Zunyou Wu", "Chief Epidemiologist, China CDC"),
       P("inst:undrr", "participant"),
       P("city:medellin", "speaker"), P("city:chandigarh", "speaker"), P("city:udine", "speaker")]),
    E("event:climate-webinar-2020", "webinar",
      L("South-South Cooperation between Cities for Climate Change", "城市间应对气候变化南南合作",
        "Cooperación Sur-Sur entre ciudades frente al cambio climático"),
      "2020-01-01", AR, "Co-organized by the Cities Project in 2020 (date not stated).",
      [P("inst:unossc", "organizer")] + [P(c, "speaker") for c in (
          "city:buenos-aires", "city:santiago", "city:sao-paulo", "city:shenzhen", "city:chennai", "city:pune",
          "city:surat")],
      precision="year"),
    E("event:covid-cities-webinar-2020", "webinar",
      L("Cities and Local Administrations as Actors in Responding to COVID-19 and the Role of SSTC",
        "城市和地方政府作为新冠疫情应对主体及南南和三方合作的作用",
        "Ciudades y administraciones locales como actores frente a la COVID-19 y el papel de la cooperación Sur-Sur y "
        "triangular"),
      "2020-01-01", AR,
      "Co-organized by the Cities Project in 2020 (date not stated); the summary names Banjul, Nanjing, Potenza, Nablus "
      "and the Republic of Korea, the good-practice list Seoul.",
      [P("inst:unossc", "organizer")] + [P(c, "speaker") for c in (
          "city:banjul", "city:nanjing", "city:potenza", "city:nablus", "city:seoul")],
      precision="year"),
    E("event:ecommerce-series-2020", "webinar",
      L("South-South and Triangular Cooperation among Cities on Cross-border E-commerce and Digital Innovation for "
        "Sustainable Development (15-webinar series)",
        "城市间跨境电子商务与数字创新促进可持续发展南南及三方合作（15期系列网络研讨会）",
        "Cooperación Sur-Sur y triangular entre ciudades en comercio electrónico transfronterizo e innovación digital para "
        "el desarrollo sostenible (serie de 15 seminarios)"),
      "2020-01-01", AR,
      "Launched jointly with CATIS in 2020 (dates not stated; its post-webinar survey has been open since 14 August 2020). "
      "The survey reports 15 city-to-city and city-to-institution partnerships among the audiences (not named).",
      [P("inst:unossc", "organizer"), P("inst:catis", "organizer")] + [P(c, "speaker") for c in (
          "city:hangzhou", "city:chongqing", "city:guangzhou", "city:ningbo", "city:henan", "city:qingdao",
          "city:nanjing", "city:tianjin", "inst:ghana-tourism-authority")],
      precision="year"),
    E("event:gmcc-africa-china-2020-04-28", "webinar",
      L("Global MediXChange for Combating COVID-19: Africa–China knowledge exchange",
        "全球抗疫医学交流：非洲—中国抗疫知识交流",
        "Global MediXChange contra la COVID-19: intercambio de conocimientos África–China"),
      "2020-04-28", AR,
      "Over 1,600 health professionals from more than 20 African countries, including Africa CDC focal points; "
      "co-organized with Alibaba Foundation and Alibaba Health; Jack Ma joined from Hangzhou.",
      [P("inst:africa-cdc", "organizer"), P("inst:jack-ma-foundation", "organizer"), P("inst:unossc", "partner")]),
    E("event:sudan-sahzu-2020-05-21", "webinar",
      L("South-South exchange on COVID-19 between Sudan's Federal Ministry of Health and SAHZU",
        "苏丹联邦卫生部与浙江大学医学院附属第二医院新冠肺炎南南交流",
        "Intercambio Sur-Sur sobre la COVID-19 entre el Ministerio Federal de Salud de Sudán y el SAHZU"),
      "2020-05-21", AR,
      "More than 80 medical experts; co-organized with the Jack Ma Foundation, Alibaba Foundation and Alibaba Health, "
      "facilitated by UNOSSC and the Cities Project.",
      [P("inst:sudan-fmoh", "organizer", "Sara Abdelazim Hassanain", "Undersecretary, Federal Ministry of Health of Sudan"),
       P("inst:sahzu", "organizer", "Jian'an Wang", "President, SAHZU"),
       P("inst:jack-ma-foundation", "organizer"),
       P("inst:unossc", "partner", *WANG)]),
    E("event:whitrap-forum-2023", "forum",
      L("2023 World Heritage Creative Innovator Forum", "2023年世界遗产创意创新论坛",
        "Foro de Innovadores Creativos del Patrimonio Mundial 2023"),
      "2023-11-02", "src:news-2023-11-whitrap-forum",
      "Held in Guangzhou, China; over 100 experts from local government, academia and the private sector on heritage "
      "protection and digital innovation. UNOSSC and WHITRAP announced a joint report on Chinese cities' heritage "
      "conservation practices and a China–Mexico heritage pilot being explored.",
      [P("inst:whitrap", "organizer"),
       P("inst:unossc", "speaker", "Jingchuan Mu", "Partnership Building and Resource Mobilization Advisor, UNOSSC")],
      end_date="2023-11-03", location="city:guangzhou"),
    E("event:mexico-city-luoyang-2022-02-22", "meeting",
      L("Mexico City–Luoyang video conference", "墨西哥城—洛阳视频会议", "Videoconferencia Ciudad de México–Luoyang"),
      "2022-02-22", "src:news-2022-03-mexico-luoyang",
      "Friendly exchange facilitated by UNOSSC, in continuation of the December 2020 China–Mexico exchange; also the "
      "inaugural exchange of the renewable-energy cities cluster.",
      [P("inst:unossc", "organizer"),
       P("city:luoyang", "participant", "Bai Zhibin", "Deputy Director, Foreign Affairs Office of Luoyang City"),
       P("city:mexico-city", "participant", "Diana Alarcon",
         "General Coordinator of Advisors and International Affairs, Government of Mexico City")]),

    # Donations.
    E("event:donation-unossc-wuhan-yuxi-2020-02", "donation",
      L("UNOSSC donation of respirators and protective suits to Hubei and Yunnan cities",
        "联合国南南合作办公室向湖北、云南城市捐赠呼吸机和防护服",
        "Donación de la UNOSSC de respiradores y trajes de protección a ciudades de Hubei y Yunnan"),
      "2020-02-22", NL,
      "1,000 medical protective suits and 15 non-invasive respirators donated by UNOSSC. The April 2020 newsletter says "
      "they reached Wuhan and Yuxi on 22 and 24 February 2020; the annual report names Yuxi and Xiaogan.",
      [P("inst:unossc", "donor"), P("city:wuhan", "recipient", source=NL), P("city:yuxi", "recipient", source=NL),
       P("city:xiaogan", "recipient", source=AR)],
      end_date="2020-02-24"),
    E("event:donation-fcssc-call-2020-03", "donation",
      L("Joint call for PPE donations to China (UNOSSC and FCSSC)", "联合国南南合作办公室与南南合作金融中心联合发起对华个人防护装备捐赠倡议",
        "Llamamiento conjunto de donaciones de EPP para China (UNOSSC y FCSSC)"),
      "2020-02-06", NL,
      "Call published on South-South Galaxy on 6 February 2020; by 8 March partners had donated 5,000 items of medical "
      "protective clothing and funds for insurance for 30,000 personnel.",
      [P("inst:unossc", "organizer"), P("inst:fcssc", "organizer")], end_date="2020-03-08"),
    E("event:donation-mcsr-isfahan-2020-03-09", "donation",
      L("MCSR CA Business Council masks for Isfahan", "海陆丝绸之路城市联盟工商理事会向伊斯法罕捐赠口罩",
        "Mascarillas del Consejo Empresarial de la MCSR CA para Isfahán"),
      "2020-03-09", NL, "Over 80,000 surgical masks pledged and donated to the alliance's partner city Isfahan.",
      [P("inst:mcsr-ca-bc", "donor"), P("city:isfahan", "recipient")]),
    E("event:donation-henan-luxembourg-2020-03-22", "donation",
      L("Henan Province medical supplies for Luxembourg", "河南省向卢森堡捐赠医疗物资",
        "Suministros médicos de la provincia de Henan para Luxemburgo"),
      "2020-03-22", NL,
      "Urgently needed medical supplies worth approximately US$360,000 donated to Henan's Air Silk Road partner "
      "Luxembourg (recipient country LU; no city named).",
      [P("city:henan", "donor")]),
    E("event:donation-unossc-africa-2020-04-02", "donation",
      L("UNOSSC commitment for medical supplies in Africa", "联合国南南合作办公室承诺支持非洲国家筹集医疗物资",
        "Compromiso de la UNOSSC para suministros médicos en África"),
      "2020-04-02", NL,
      "US$100,000 committed through the South-South Cooperation Poverty Eradication Facility supported by the Government "
      "of China, to help African countries mobilize urgently needed medical supplies, delivered through UNOSSC's "
      "Regional Office for Africa with the UN, UNDP, the African Union and AUDA-NEPAD.",
      [P("inst:unossc", "donor")]),
    E("event:donation-mcsr-bergamo-2020-04", "donation",
      L("MCSR CA Business Council masks for Bergamo", "海陆丝绸之路城市联盟工商理事会向贝加莫捐赠口罩",
        "Mascarillas del Consejo Empresarial de la MCSR CA para Bérgamo"),
      "2020-04-01", NL,
      "Over 100,000 masks donated by the MCSR CA Business Council and its members, announced in April 2020 as about to "
      "be shipped to Bergamo.",
      [P("inst:mcsr-ca-bc", "donor"), P("city:bergamo", "recipient")], precision="month"),
    E("event:donation-wfp-unossc-2020-04", "donation",
      L("WFP China Centre of Excellence masks for UNOSSC headquarters", "世界粮食计划署中国卓越中心向联合国南南合作办公室总部捐赠口罩",
        "Mascarillas del Centro de Excelencia del PMA en China para la sede de la UNOSSC"),
      "2020-04-01", AR, MONTHLY + "1,000 masks to UNOSSC HQ (USA).",
      [P("inst:wfp-china-coe", "donor"), P("inst:unossc", "recipient")], precision="month"),
    E("event:donation-fcssc-waho-2020-08", "donation",
      L("FCSSC crypto-crowdfunded masks for WAHO", "南南合作金融中心通过加密货币众筹向西非卫生组织捐赠口罩",
        "Mascarillas del FCSSC financiadas con criptomonedas para la OOAS"),
      "2020-08-01", AR,
      MONTHLY + "250,000 disposable surgical masks raised by FCSSC's two-week Bithelp campaign for WAHO and its 15 "
      "ECOWAS member states; logistics by UNDP China and the Cities Project team; arrival in Abuja reported (the impact "
      "story dates it 'July 2021', inconsistent with the 2020 list).",
      [P("inst:fcssc", "donor"), P("inst:waho", "recipient"), P("inst:undp-china", "partner"),
       P("inst:unossc", "partner")], precision="month"),
    E("event:donation-szfyep-2020-08", "donation",
      L("Shenzhen Federation masks for WAHO and Banjul", "深圳市青年创业促进会向西非卫生组织和班珠尔捐赠口罩",
        "Mascarillas de la Federación de Shenzhen para la OOAS y Banjul"),
      "2020-08-01", AR, MONTHLY + "20,000 masks to WAHO and Banjul.",
      [P("inst:szfyep", "donor"), P("inst:waho", "recipient"), P("city:banjul", "recipient")], precision="month"),
    E("event:donation-catis-koidu-2020-09", "donation",
      L("CATIS masks for Koidu–New Sembehun", "中国服务贸易协会向科伊杜-新森贝洪捐赠口罩",
        "Mascarillas de la CATIS para Koidu–New Sembehun"),
      "2020-09-01", AR, MONTHLY + "2,000 masks to Koidu–New Sembehun, Sierra Leone.",
      [P("inst:catis", "donor"), P("city:koidu", "recipient")], precision="month"),
    E("event:donation-henan-banjul-2020-09", "donation",
      L("Henan Province masks for Banjul", "河南省向班珠尔捐赠口罩", "Mascarillas de la provincia de Henan para Banjul"),
      "2020-09-01", AR, MONTHLY + "10,000 masks to Banjul City from the Government of Henan Province.",
      [P("city:henan", "donor"), P("city:banjul", "recipient")], precision="month"),
    E("event:donation-icshp-nepal-2020-12", "donation",
      L("IC-SHP masks for Nepal city partners", "国际小水电中心向尼泊尔伙伴城市捐赠口罩",
        "Mascarillas del IC-SHP para ciudades socias de Nepal"),
      "2020-12-01", AR, MONTHLY + "210,000 masks to Nepal city partners (not named), through cost-sharing resources.",
      [P("inst:ic-shp", "donor")], precision="month"),
    E("event:donation-fcssc-beirut-2021-01", "donation",
      L("FCSSC masks recorded for Beirut", "南南合作金融中心向贝鲁特捐赠口罩（记录）", "Mascarillas del FCSSC registradas para Beirut"),
      "2021-01-01", AR,
      MONTHLY + "200,000 masks to 'Beirut City, The Gambia' from FCSSC: Beirut is in Lebanon, so the city or the country "
      "in the source is wrong; entered as Beirut (UNDP Lebanon took part in the mask initiatives).",
      [P("inst:fcssc", "donor"), P("city:beirut", "recipient")], precision="month"),
    E("event:donation-fcssc-banjul-2021-02", "donation",
      L("FCSSC masks for Banjul", "南南合作金融中心向班珠尔捐赠口罩", "Mascarillas del FCSSC para Banjul"),
      "2021-02-01", AR, MONTHLY + "200,000 masks to Banjul City, The Gambia, from FCSSC.",
      [P("inst:fcssc", "donor"), P("city:banjul", "recipient")], precision="month"),
    E("event:donation-fuzhou-turkey", "donation",
      L("Fuzhou masks for Turkey (in process)", "福州市向土耳其捐赠口罩（进行中）", "Mascarillas de Fuzhou para Turquía (en proceso)"),
      "2021-02-02", AR,
      "200,000 masks from Fuzhou City to a recipient in Turkey 'TBC'; still in process at the report date (the date here "
      "is the report's data date, not the delivery).",
      [P("city:fuzhou", "donor")]),
    E("event:inkind-training-2020", "donation",
      L("In-kind contributions to Cities Project training courses", "对城市项目培训课程的实物捐助",
        "Contribuciones en especie a los cursos de formación del Proyecto de Ciudades"),
      "2020-01-01", AR,
      "In-kind contributions estimated at around RMB 150,000 to cover services for training courses in tourism "
      "development and service-sector development and recovery (2020).",
      [P("inst:catis", "donor"), P("city:changsha", "donor"), P("inst:ctma", "donor"), P("inst:unossc", "recipient")],
      precision="year"),
]
