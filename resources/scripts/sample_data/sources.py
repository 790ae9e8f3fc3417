# SPDX-License-Identifier: GPL-3.0-or-later
"""Sources: the five UNOSSC seed documents, the documents and surveys they
describe, and one public news page used only for ANCMPM membership."""
from . import L

S000 = "000_824c59037ed13cec.txt"
S001 = "001_cdd008b88591ca3a.txt"
S002 = "002_abdedab8a97f1242.txt"
S003 = "003_63781febd6dc6178.txt"
S004 = "004_19a1fc4925548090.txt"
PUB = "UNOSSC Cities Project"

SOURCES = [
    {"uid": "src:news-2023-11-whitrap-forum", "kind": "news",
     "titles": L("UNOSSC Cities Project and WHITRAP strengthen collaboration at 2023 World Heritage Creative Innovator Forum",
                 "联合国南南合作办公室城市项目与亚太遗产中心在2023世界遗产创意创新论坛上加强合作",
                 "El Proyecto de Ciudades de la UNOSSC y WHITRAP refuerzan su colaboración en el Foro de Innovadores Creativos del Patrimonio Mundial 2023"),
     "date": "2023-11-06", "publisher": PUB, "url": "",
     "citation": "UNOSSC Cities Project news, 6 November 2023 (South-South Galaxy)", "seed": S000},
    {"uid": "src:cluster-tourism-page", "kind": "document",
     "titles": L("Thematic Cities Cluster: Sustainable Tourism, Heritage Protection & Creative Economy",
                 "城市主题集群：可持续旅游、遗产保护与创意经济",
                 "Clúster temático de ciudades: turismo sostenible, protección del patrimonio y economía creativa"),
     "date": "2021-04-21", "date_precision": "day", "publisher": PUB, "url": "",
     "citation": "UNOSSC Cities Project, cluster web page on South-South Galaxy; undated, latest listed item 21 April 2021 "
                 "(member profiles of the cluster launched in 2021)", "seed": S001},
    {"uid": "src:announce-tsoc-2", "kind": "news",
     "titles": L("Webinar: Leveraging Digital Innovation in Promoting Tourism Development in World Heritage Cities, 22 November 2020",
                 "网络研讨会：利用数字创新促进世界遗产城市旅游发展（2020年11月22日）",
                 "Seminario web: Aprovechar la innovación digital para el desarrollo turístico en ciudades Patrimonio Mundial, 22 de noviembre de 2020"),
     "date": "2020-11-19", "publisher": PUB, "url": "",
     "citation": "Event announcement of 19 November 2020, listed on the tourism cluster page", "seed": S001},
    {"uid": "src:announce-tsoc-3", "kind": "news",
     "titles": L("Webinar: Travel South over Cloud – Showcasing Good Practices in Promoting Creative Economy & E-commerce for Tourism Recovery from COVID-19",
                 "网络研讨会：云游南方——展示以创意经济和电子商务促进旅游业从新冠疫情中复苏的良好实践",
                 "Seminario web: Viaja al Sur por la Nube – Buenas prácticas de economía creativa y comercio electrónico para la recuperación del turismo"),
     "date": "2020-12-18", "publisher": PUB, "url": "",
     "citation": "Event announcement of 18 December 2020 (pre-recorded, available 20 December 2020), listed on the tourism cluster page",
     "seed": S001},
    {"uid": "src:announce-tsoc-4", "kind": "news",
     "titles": L("Webinar: Travel South over Cloud – China-Mexico South-South Experience Exchange, 15 January 2021",
                 "网络研讨会：云游南方——中墨南南经验交流（2021年1月15日）",
                 "Seminario web: Viaja al Sur por la Nube – Intercambio de experiencias Sur-Sur China–México, 15 de enero de 2021"),
     "date": "2021-01-13", "publisher": PUB, "url": "",
     "citation": "Event announcement of 13 January 2021 (pre-recorded, available 15 January 2021), listed on the tourism cluster page",
     "seed": S001},
    {"uid": "src:news-2020-11-uzbek-workshop", "kind": "news",
     "titles": L("35 Cities in Uzbekistan benefit from UNOSSC Cities Project Urban Development Workshop",
                 "乌兹别克斯坦35座城市受益于联合国南南合作办公室城市项目城市发展研讨班",
                 "35 ciudades de Uzbekistán se benefician del taller de desarrollo urbano del Proyecto de Ciudades de la UNOSSC"),
     "date": "2020-11-11", "publisher": PUB, "url": "",
     "citation": "UNOSSC Cities Project news, 11 November 2020 (listed on the tourism cluster page; full text in the 2020 annual report)",
     "seed": S001},
    {"uid": "src:training-report-tsoc", "kind": "report",
     "titles": L("Training Report: Travel South over Cloud – South-South Cooperation in Promoting Tourism for Sustainable Development Against the Backdrop of COVID-19 Recovery",
                 "培训报告：云游南方——新冠疫情复苏背景下以南南合作促进旅游业可持续发展",
                 "Informe de formación: Viaja al Sur por la Nube – Cooperación Sur-Sur para promover el turismo para el desarrollo sostenible en la recuperación de la COVID-19"),
     "date": "2021-01-01", "date_precision": "month", "publisher": PUB, "url": "",
     "citation": "UNOSSC Cities Project (January 2021), Training Report: Travel South over Cloud; posted on South-South Galaxy 21 April 2021",
     "seed": S002},
    {"uid": "src:survey-tsoc-2020-12", "kind": "survey",
     "titles": L("Post-workshop survey: China-Mexico South-South Experience Exchange on Inclusive and Sustainable Tourism",
                 "中墨包容性可持续旅游南南经验交流会后问卷调查",
                 "Encuesta posterior al taller: intercambio de experiencias Sur-Sur China–México sobre turismo inclusivo y sostenible"),
     "date": "2020-12-31", "publisher": PUB, "url": "",
     "citation": "Online survey open 3–31 December 2020; 10 responses from 8 Mexican cities. Results in the Training Report "
                 "'Travel South over Cloud' (survey section) and the Cities Project 2020 annual report (survey 4)",
     "seed": S002},
    {"uid": "src:annual-report-2020", "kind": "report",
     "titles": L("UNOSSC Cities Project: 2020 Annual Report", "联合国南南合作办公室城市项目2020年度报告",
                 "Proyecto de Ciudades de la UNOSSC: informe anual 2020"),
     "date": "2021-02-02", "publisher": PUB, "url": "",
     "citation": "UNOSSC Cities Project, 2020 annual report (data as of 24 January and 2 February 2021): 41 webinars, "
                 "over 80 cities' good practices showcased, six needs surveys with about 4,100 valid responses, "
                 "15 partnerships brokered, 1,094,000 masks deployed to 22 countries",
     "seed": S003},
    {"uid": "src:survey-uzbek-2020-11", "kind": "survey",
     "titles": L("Post-training survey: Transforming Cities by Developing Business and Enhancing the Service Sector (Uzbekistan)",
                 "“通过发展商业和提升服务业推动城市转型”培训（乌兹别克斯坦）训后问卷调查",
                 "Encuesta posterior a la formación: transformar las ciudades desarrollando los negocios y el sector servicios (Uzbekistán)"),
     "date": "2020-11-17", "publisher": PUB, "url": "",
     "citation": "Survey open 3–17 November 2020 (Cities Project 2020 annual report, survey 3); number of responses not stated",
     "seed": S003},
    {"uid": "src:survey-needs-2020", "kind": "survey",
     "titles": L("Survey for Assessing Cities' Development Needs", "城市发展需求评估问卷调查",
                 "Encuesta de evaluación de las necesidades de desarrollo de las ciudades"),
     "date": "2020-12-04", "publisher": PUB, "url": "",
     "citation": "Survey open 29 October – 4 December 2020 (2020 annual report, survey 5); number of responses not stated. "
                 "Findings: agriculture, education, public health, disaster risk reduction and tourism development were "
                 "the most prioritized areas; capacity development and knowledge sharing were the most expected support; "
                 "several municipal officials described projects seeking partners (social protection, informal settlements, "
                 "resilient cities, waste management, road construction, agriculture, e-commerce, smart city, circular "
                 "economy, urban safety), work with UNDRR, UNDP and UNICEF, and cities they would like to cooperate with: "
                 "Durban, Manchester, Incheon, Dortmund",
     "seed": S003},
    {"uid": "src:survey-covid-needs-2020", "kind": "survey",
     "titles": L("Survey on Cities' COVID-19 Needs", "城市新冠肺炎防控需求问卷调查",
                 "Encuesta sobre las necesidades de las ciudades frente a la COVID-19"),
     "date": "2020-10-01", "date_precision": "month", "publisher": PUB, "url": "",
     "citation": "Survey open 14 August – October 2020 (2020 annual report, survey 6); number of responses not stated. "
                 "Finding: every responding city and organization asked for surgical masks and other medical supplies",
     "seed": S003},
    {"uid": "src:survey-drr-2020", "kind": "survey",
     "titles": L("Post-webinar survey: Making Cities Resilient – local DRR strategies to respond to COVID-19",
                 "“让城市更具韧性：制定和实施地方减灾战略应对新冠疫情”研讨会后问卷调查",
                 "Encuesta posterior al seminario: Desarrollando ciudades resilientes – estrategias locales de RRD frente a la COVID-19"),
     "date": "2020-11-09", "publisher": PUB, "url": "",
     "citation": "Survey 8 September – 9 November 2020 (2020 annual report, survey 1): completed 2,218 times by 1,184 people; "
                 "about 650 participants qualified for certificates",
     "seed": S003},
    {"uid": "src:survey-ecommerce-2020", "kind": "survey",
     "titles": L("Post-webinar survey: SSTC among Cities in Cross-Border E-commerce and Digital Innovation",
                 "城市间跨境电子商务与数字创新南南及三方合作网络研讨会后问卷调查",
                 "Encuesta posterior a los seminarios: cooperación Sur-Sur y triangular entre ciudades en comercio electrónico transfronterizo e innovación digital"),
     "date": "2021-02-02", "publisher": PUB, "url": "",
     "citation": "Survey ongoing since 14 August 2020 (2020 annual report, survey 2); source of the 15 city-to-city and "
                 "city-to-institution partnerships reported among the series' audiences (not named)",
     "seed": S003},
    {"uid": "src:newsletter-2020-04", "kind": "news",
     "titles": L("UNOSSC Newsletter, Special Edition: UNOSSC in Action for Responses to COVID-19",
                 "联合国南南合作办公室通讯特刊：南南合作办公室应对新冠疫情行动",
                 "Boletín de la UNOSSC, edición especial: la UNOSSC en acción frente a la COVID-19"),
     "date": "2020-04-01", "date_precision": "month", "publisher": "UNOSSC", "url": "",
     "citation": "UNOSSC Newsletter, special edition, April 2020 (reproduced in the Cities Project 2020 annual report)",
     "seed": S003},
    {"uid": "src:news-2022-03-mexico-luoyang", "kind": "news",
     "titles": L("Mexico City and Luoyang Seek Cooperation in Sustainable Tourism & other Development Areas",
                 "墨西哥城与洛阳寻求在可持续旅游等发展领域开展合作",
                 "Ciudad de México y Luoyang buscan cooperar en turismo sostenible y otras áreas de desarrollo"),
     "date": "2022-03-08", "publisher": PUB, "url": "",
     "citation": "UNOSSC Cities Project news, 8 March 2022, on the video conference of 22 February 2022", "seed": S004},
    {"uid": "src:web-gtoviaja-2015-12", "kind": "news",
     "titles": L("Guanajuato to host the meeting of the National Association of Mexican World Heritage Cities",
                 "瓜纳华托将主办墨西哥世界遗产城市全国协会会议",
                 "Guanajuato, sede de la reunión de la Asociación Nacional de Ciudades Mexicanas del Patrimonio Mundial"),
     "date": "2015-12-03", "publisher": "GtoViaja!",
     "url": "https://www.gtoviaja.com/guanajuato-sede-de-reunion-de-asociacion-de-ciudades-patrimonio-mundial/",
     "citation": "GtoViaja!, 3 December 2015: the association's cities are Campeche, Ciudad de México/Xochimilco, Morelia, "
                 "Oaxaca, Puebla, Querétaro, San Miguel de Allende, Tlacotalpan, Zacatecas and Guanajuato; founded in 1996", "seed": ""},
]
