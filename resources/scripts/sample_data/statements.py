# SPDX-License-Identifier: GPL-3.0-or-later
"""Respondent groups, priorities, offers and interests.

Weights: 1.0 = explicitly stated by the actor (or a survey count, with
mentions); 0.8 = a good practice the source lists as showcased, without detail;
0.5–0.7 = inferred (from a cluster profile, a speaker's general remark, or an
institution presenting on a city's behalf), always with a note naming the
asset.  Dates are when the statement was made: the event date for speakers,
the survey's closing date for survey answers, the page date for cluster-profile
inferences.  Surveys whose response counts the sources do not give (the needs
survey and the COVID-19 needs survey) stay source-level facts (see sources.py):
a respondent group needs a real respondent count."""

TR = "src:training-report-tsoc"
AR = "src:annual-report-2020"
SV = "src:survey-tsoc-2020-12"
UZ = "src:survey-uzbek-2020-11"
CP = "src:cluster-tourism-page"
N22 = "src:news-2022-03-mexico-luoyang"
CP_DATE = "2021-04-21"
EXCH = "2020-12-01"  # the December 2020 exchange (month precision)
MX = "group:tsoc-survey-mx"
UZG = "group:uzbek-training-survey"

RESPONDENT_GROUPS = [
    {"uid": MX, "source": SV, "event": "event:tsoc-exchange-2020-12", "country": "MX", "respondents": 10,
     "label": "10 responses from 8 Mexican cities to the post-workshop survey of the China–Mexico exchange "
              "(3–31 December 2020); answers are not attributed to individual cities"},
    {"uid": UZG, "source": UZ, "event": "event:uzbek-training-2020-11", "country": "UZ", "respondents": 76,
     "label": "Participants of the 2020 Uzbek training: 76 registered officials, including mayors and deputy mayors of "
              "35 cities. The number of survey responses is not stated, so these findings carry no mention counts"},
]


def S(who, theme, weight, source, date, note="", mentions=None, precision=None):
    d = {("group" if who.startswith("group:") else "actor"): who, "theme": theme, "weight": weight}
    if mentions is not None:
        d["mentions"] = mentions
    d.update({"source": source, "date": date})
    if precision:
        d["date_precision"] = precision
    d["note"] = note
    return d


def M(who, theme, weight, source, date, note="", mentions=None):
    return S(who, theme, weight, source, date, note, mentions, "month")


PRIORITIES = [
    S(MX, "tourism_development", 1.0, SV, "2020-12-31", "Tourism development: top-three priority in 8 of 10 responses", 8),
    S(MX, "transport_mobility", 1.0, SV, "2020-12-31", "Mobility and transport: 4 of 10 responses", 4),
    S(MX, "smes", 1.0, SV, "2020-12-31", "Small and medium business: 3 of 10 responses", 3),
    S(MX, "youth_entrepreneurship", 1.0, SV, "2020-12-31", "Youth entrepreneurship: 3 of 10 responses", 3),
    *[S(UZG, t, 1.0, UZ, "2020-11-17", f"Survey finding: strong demand in {n} (count not stated)")
      for t, n in (("smes", "developing small and medium business"), ("trade_investment", "trade and investment"),
                   ("digitalization", "digitalization"), ("tourism_development", "tourism"))],
    *[S("city:luoyang", t, 0.8, N22, "2022-02-22",
        f"Area in which Luoyang seeks cooperation with Mexico City: {n} (Bai Zhibin, video conference of 22 February 2022)")
      for t, n in (("trade_investment", "trade"), ("technology_innovation", "technology"), ("education", "education"),
                   ("tourism_development", "tourism"))],
    M("city:huaian", "green_city", 1.0, TR, EXCH,
      "Greening Huai'an is among the city's top development priorities; it used the pandemic slowdown to improve the "
      "ecological environment (Qian Li, culture and tourism bureau)"),
    M("city:campeche", "heritage_protection", 1.0, TR, EXCH,
      "Protect heritage without harming the local communities around the Maya ruins: heritage protection and better "
      "livelihoods can coexist (Verónica Ceballos Cámara)"),
    M("city:mexico-city", "heritage_protection", 0.7, TR, EXCH,
      "Hopes to find better ways to build a better world with cultural heritage, caring about the same issues as Chinese "
      "colleagues (Anabelí Contreras Julián); a general remark, hence 0.7"),
    S("city:mexico-city", "transport_mobility", 1.0, N22, "2022-02-22",
      "Has invested in upgrading infrastructure, especially transport, to build a city friendly and sustainable for all "
      "(Diana Alarcon)"),
    S("city:mexico-city", "infrastructure", 1.0, N22, "2022-02-22", "Infrastructure upgrading (Diana Alarcon)"),
    S("city:mexico-city", "education", 1.0, N22, "2022-02-22", "Improving education (Diana Alarcon)"),
    S("city:mexico-city", "public_services", 1.0, N22, "2022-02-22", "Improving social services (Diana Alarcon)"),
    S("inst:ancmpm", "smes", 1.0, TR, "2020-11-22",
      "Tourism SMEs were seriously affected and need support and a strategy for their reactivation (Jorge Ortega González)"),
    M("inst:icomos-mexico", "heritage_protection", 1.0, TR, EXCH,
      "Greater efforts to protect cultural heritage, with more attention to local communities and their livelihoods "
      "(Saúl Alcántara Onofre)"),
]

# Good practices the sources list as showcased (weight 0.8): (city, theme, date, precision, source, note).
_SHOWCASED = [
    # Tourism good practices of the Travel South over Cloud series (training report list; annual report adds
    # "+ 12 Mexican cities", which covers Campeche, Mexico City and Xochimilco).
    *[(c, "tourism_development", "2020-08-01", "month", TR, "Tourism good practice showcased at webinar 1")
      for c in ("city:henan", "city:sao-paulo", "city:dunhuang", "city:tashkent")],
    *[(c, "tourism_development", "2020-11-22", None, TR, "Tourism good practice showcased at webinar 2")
      for c in ("city:venice", "city:khiva")],
    *[(c, "tourism_development", "2020-12-20", None, TR, "Tourism good practice showcased at webinar 3")
      for c in ("city:changsha", "city:alanya", "city:baguio")],
    *[(c, "tourism_development", EXCH, "month", TR, "Tourism good practice showcased at the China–Mexico exchange")
      for c in ("city:anyang", "city:luoyang", "city:huaian", "city:durango", "city:guanajuato", "city:morelia",
                "city:oaxaca", "city:puebla", "city:queretaro", "city:san-luis-potosi", "city:san-miguel-de-allende",
                "city:zacatecas")],
    *[(c, "tourism_development", EXCH, "month", AR,
       "One of the '12 Mexican cities' whose tourism good practices the annual report lists as showcased")
      for c in ("city:campeche", "city:mexico-city", "city:xochimilco")],
    *[(c, "climate_action", "2020-01-01", "year", AR, "Climate-action good practice showcased (2020)")
      for c in ("city:sao-paulo", "city:santiago", "city:buenos-aires", "city:shenzhen", "city:chennai", "city:pune",
                "city:surat")],
    *[(c, "covid19_response", "2020-01-01", "year", AR, "COVID-19 response good practice showcased (2020)")
      for c in ("city:banjul", "city:potenza", "city:nanjing", "city:nablus", "city:seoul")],
    *[(c, "e_commerce", "2020-01-01", "year", AR, "E-commerce good practice showcased in the 2020 webinar series")
      for c in ("city:hangzhou", "city:chongqing", "city:guangzhou", "city:ningbo", "city:qingdao", "city:nanjing",
                "city:tianjin", "inst:ghana-tourism-authority")],
    *[(c, "covid19_response", "2020-10-06", None, AR,
       "Reopening and adjusting public-health measures (listed under DRR good practices)")
      for c in ("city:medellin", "city:chandigarh", "city:udine")],
    ("inst:china-cdc", "public_health", "2020-10-06", None, AR,
     "Reopening and adjusting public-health measures; listed as 'Beijing (China CDC)' among DRR good practices"),
]

# Offers inferred from the cluster profiles (weight 0.5–0.7): (city, theme, weight, note naming the asset).
_CLUSTER_INFERRED = [
    ("city:anyang", "heritage_protection", 0.6, "Home of oracle-bone script; 91 cultural-relic sites protected at provincial level or above"),
    ("city:anyang", "agriculture", 0.5, "Profile lists agriculture first among the city's economic strengths"),
    ("city:campeche", "heritage_protection", 0.6, "17th-century fortress and walls; well-preserved Baroque old quarter"),
    ("city:durango", "heritage_protection", 0.6, "Historic centre with northern Mexico's greatest architectural wealth; Camino Real sites"),
    ("city:guanajuato", "heritage_protection", 0.6, "Historic silver-mining town: buildings, alleys and squares"),
    ("city:guanajuato", "creative_economy", 0.6, "Host of the Festival Internacional Cervantino"),
    ("city:lishui", "heritage_protection", 0.6, "3 UNESCO and 18 national intangible heritage elements; 257 national traditional villages"),
    ("city:lishui", "creative_economy", 0.6, "Folk-art crafts: Longquan celadon, Longquan swords, Qingtian stone carving"),
    ("city:lishui", "green_city", 0.6, "'No. 1 ecological city in China': 81.7% forest cover, national ecological demonstration zone, climate-adaptive city"),
    ("city:luoyang", "heritage_protection", 0.6, "Longmen Grottoes, White Horse Temple, Mangshan tombs and ancient-tomb museum"),
    ("city:mexico-city", "heritage_protection", 0.6, "Historic Centre, Templo Mayor, Palace of Fine Arts"),
    ("city:morelia", "heritage_protection", 0.6, "Grid-plan historic centre of 16th–19th-century pink-stone buildings"),
    ("city:oaxaca", "heritage_protection", 0.6, "Viceregal historic centre of houses, palaces, churches and convents"),
    ("city:oaxaca", "creative_economy", 0.6, "Indigenous crafts, art and cuisine; 'one of the most creative cities in Mexico'"),
    ("city:puebla", "heritage_protection", 0.6, "Historic centre planned as an 'ideal city' (16th–19th c.)"),
    ("city:puebla", "creative_economy", 0.6, "Talavera Poblana majolica"),
    ("city:quanzhou", "heritage_protection", 0.6, "945 heritage sites; Nanyin and other intangible heritage; UNESCO Register of Good Safeguarding Practices"),
    ("city:queretaro", "heritage_protection", 0.6, "Historic centre with original dual layout; Baroque churches, convents and palaces"),
    ("city:rio-de-janeiro", "technology_innovation", 0.5, "Brazil's second research and development centre (19% of national scientific output, 2005)"),
    ("city:san-luis-potosi", "heritage_protection", 0.6, "Religious and civil monuments from New Spanish Baroque to neoclassicism"),
    ("city:san-miguel-de-allende", "heritage_protection", 0.6, "Mexican Baroque religious and civil buildings on the Camino Real"),
    ("city:xochimilco", "heritage_protection", 0.6, "Canals and chinampas of the former lake system"),
    ("city:xochimilco", "agriculture", 0.5, "Chinampa floating-garden cultivation"),
    ("city:zacatecas", "heritage_protection", 0.6, "Historic centre of stone-filigree mansions, hospitals, schools and churches"),
    ("inst:ancmpm", "heritage_protection", 0.7, "Network of municipal governments for safeguarding the historic centres of Mexican World Heritage cities"),
]

OFFERS = [
    M("city:dunhuang", "digital_tourism", 1.0, TR, "2020-08-01",
      "World's first Mogao Grottoes digital exhibition centre (panoramic roaming) and completed digital collection of the "
      "Dunhuang Grottoes; presented by Vice-Mayor Jimin Song (webinar 1) and Vice Mayor Yugang Lu (December 2020 exchange)"),
    M("city:dunhuang", "heritage_protection", 1.0, TR, "2020-08-01",
      "Digital conservation of the Dunhuang Grottoes: complete digital collection and panoramic cave programme"),
    M("city:henan", "digital_tourism", 1.0, TR, "2020-08-01",
      "Smart tourism platforms (the province 'leads the country' in setting them up) (Jinping He)"),
    M("city:henan", "e_commerce", 1.0, TR, "2020-08-01",
      "Online promotion and sales of cultural-tourism products (Jinping He); also listed among 2020 e-commerce good practices"),
    M("city:sao-paulo", "digital_tourism", 1.0, TR, "2020-08-01",
      "2020–2021 tourism strategy with virtual visits to emblematic monuments, museums and historic buildings"),
    M("city:tashkent", "tourism_development", 0.7, TR, "2020-08-01",
      "Uzbekistan's e-visa system for citizens of 76 countries, presented by Tashkent's tourism department (a national "
      "measure, hence 0.7)"),
    M("inst:tourism-fiji", "digital_tourism", 0.7, TR, "2020-08-01",
      "Digital tools in tourism marketing during COVID-19 (Emma Campbell); experience rather than a described programme"),
    S("inst:uz-ministry-tourism", "digital_tourism", 1.0, TR, "2020-11-22",
      "uzbekistan360.uz virtual tours of Uzbek cities, e.g. Khiva"),
    S("city:khiva", "digital_tourism", 0.7, TR, "2020-11-22",
      "Featured in the uzbekistan360.uz virtual tours presented by Uzbekistan's Ministry of Tourism"),
    S("inst:ancmpm", "digital_tourism", 1.0, TR, "2020-11-22",
      "Digital platform listing the tourism SMEs of each Mexican World Heritage city (e.g. Guanajuato)"),
    S("inst:corila", "digital_tourism", 0.6, TR, "2020-11-22",
      "Virtual and augmented reality to prepare and guide visits (Pierpaolo Campostrini); a recommendation"),
    S("city:venice", "digital_tourism", 0.6, TR, "2020-11-22",
      "Venice's practice presented through CORILA: VR/AR for visitor preparation and guidance"),
    S("city:changsha", "creative_economy", 1.0, TR, "2020-12-20",
      "Malanshan Culture Innovation & Creative Economy Industrial Park: video production intertwined with cultural tourism"),
    S("inst:malanshan-park", "creative_economy", 1.0, TR, "2020-12-20",
      "Video-based creative-economy park whose videos and cultural tourism reinforce each other (Ming Li)"),
    S("inst:creative-arts-council-ghana", "creative_economy", 1.0, TR, "2020-12-20",
      "Digital marketing and distribution avenues and masterclasses for the creative sector (Frank Kwabena Owusu)"),
    S("city:baguio", "creative_economy", 1.0, TR, "2020-12-20",
      "Contemporary visual arts exhibition of local artists, also viewable on social media (Aloysius Mapalo)"),
    S("city:alanya", "digital_tourism", 0.6, TR, "2020-12-20",
      "Covered by the Turkish Tourism Promotion and Development Agency's digital strategy studies and action plan"),
    S("inst:uneca", "e_commerce", 0.7, TR, "2020-12-20",
      "Presented Rwanda's e-commerce and digital infrastructure for safe tourism (Tunde Fafunwa)"),
    S("inst:africa-business-group", "tourism_development", 0.6, TR, "2020-12-20",
      "Promoting Southern Africa as a multi-country destination; trans-frontier conservation areas (Michael Sudarkasa)"),
    M("city:luoyang", "tourism_development", 1.0, TR, EXCH,
      "Regional tourism cooperation and consultation mechanisms; strengthened tourism cooperation with countries along "
      "the Silk Road and overseas (Dapeng Hu)"),
    M("inst:whitrap", "digital_tourism", 0.7, TR, EXCH,
      "Recommends selling cultural products online and online interactive heritage experiences (Xin Li)"),
    M("city:xiamen", "tourism_development", 0.6, TR, EXCH,
      "Gulangyu visitor-flow management (six harbours, time-scheduled flows to protect residents' lives), cited by "
      "Tongji University's Qing Mei"),
    M("inst:tongji-university", "heritage_protection", 0.6, TR, EXCH,
      "Presented the Gulangyu (Xiamen) visitor-flow management case (Qing Mei)"),
    *[S(c, t, 0.8, src, d, n, None, p) for c, t, d, p, src, n in _SHOWCASED],
    *[S(c, t, w, CP, CP_DATE, "Inferred from the cluster profile: " + n) for c, t, w, n in _CLUSTER_INFERRED],
]

_TT = ["tourism_development", "trade_investment"]
_CN_NOTE = "Chinese city named by survey respondents for collaboration in tourism, trade and commercial activities"


def G(to, mentions, themes, note, source=SV, strength=1.0, country=False):
    d = {"from_group": MX, ("to_country" if country else "to"): to, "strength": strength, "mentions": mentions,
         "themes": themes, "source": source, "date": "2020-12-31", "note": note}
    return d


INTERESTS = [
    G("city:luoyang", 4, _TT, _CN_NOTE + " (4 of 10 responses; the most named)"),
    G("city:anyang", 2, _TT, _CN_NOTE + " (2 of 10)"),
    G("city:dunhuang", 2, _TT, _CN_NOTE + " (2 of 10)"),
    G("city:huaian", 2, _TT, _CN_NOTE + " (2 of 10)"),
    G("CN", 4, _TT, "Chinese cities, 'other not specified' (4 of 10); 90% of respondents were interested in "
                    "collaborating with Chinese cities", country=True),
    G("city:beijing", 1, [], "Read from the annual report's survey chart: after the five categories the training report "
                             "gives, the remaining values are 1 (Beijing) and 1 (Barcelona); the pairing is inferred, "
                             "hence 0.8", source=AR, strength=0.8),
    G("city:barcelona", 1, [], "'Other countries: Barcelona 1' in the annual report's survey chart", source=AR, strength=0.8),
    G("inst:unossc", 10, [], "All respondents interested in collaborating with the UNOSSC Cities Project, CATIS, cities "
                             "and partners on South-South and triangular cooperation (strongly agree 9, agree 1)"),
    G("inst:catis", 10, [], "All respondents interested in collaborating with the UNOSSC Cities Project, CATIS, cities "
                            "and partners (strongly agree 9, agree 1)"),
    *[{"from_group": UZG, "to": c, "strength": 1.0, "themes": [], "source": UZ, "date": "2020-11-17",
       "note": "Respondents particularly interested in partnering with Chinese cities, especially Beijing, Shanghai and "
               "Guangzhou (count not stated)"}
      for c in ("city:beijing", "city:shanghai", "city:guangzhou")],
    {"from_group": UZG, "to_country": "CN", "strength": 1.0, "themes": [], "source": UZ, "date": "2020-11-17",
     "note": "Respondents particularly interested in partnering with Chinese cities (count not stated)"},
    {"from": "city:mexico-city", "to_country": "CN", "strength": 1.0,
     "themes": ["cultural_exchange", "tourism_development", "trade_investment"], "source": TR, "date": EXCH,
     "date_precision": "month",
     "note": "'Very willing to establish cultural tourism and trade relations with Chinese cities... we can start with "
             "culture' (Anabelí Contreras Julián, China–Mexico exchange)"},
    {"from": "city:luoyang", "to": "city:mexico-city", "strength": 1.0,
     "themes": ["trade_investment", "technology_innovation", "education", "tourism_development"], "source": N22,
     "date": "2022-02-22",
     "note": "Strong interest in collaborating with Mexico City in trade, technology, education and tourism (Bai Zhibin, "
             "video conference)"},
    {"from": "city:luoyang", "to_country": "MX", "strength": 1.0, "themes": ["cultural_exchange"], "source": N22,
     "date": "2022-02-22",
     "note": "In the 50th anniversary year of China–Mexico ties, Luoyang would like friendly exchanges with Mexican cities "
             "and seeks sister-city relationships with Latin American cities (Bai Zhibin)"},
    {"from": "city:mexico-city", "to": "city:luoyang", "strength": 1.0, "themes": ["cultural_exchange", "social_protection"],
     "source": N22, "date": "2022-02-22",
     "note": "A closer city-to-city relationship would let Mexico City learn from Luoyang's experience of economic "
             "development, social integration and cultural enhancement (Diana Alarcon); 'economic development' has no "
             "matching theme and 'social integration' is entered as social protection"},
]
