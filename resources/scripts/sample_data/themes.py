# SPDX-License-Identifier: GPL-3.0-or-later
"""Theme taxonomy: eight roots (the seven thematic clusters of the UNOSSC Cities
Project, 2020 annual report p. "Focus Areas in 2021", plus a cross-cutting root)
and their children.  The root key "public_health" doubles as the public-health
theme itself (a key is unique, so there is no separate child of that name)."""
from . import L

ROOTS = [
    ("public_health", L("COVID-19 Response and Public Health", "新冠肺炎应对与公共卫生",
                        "Respuesta a la COVID-19 y salud pública")),
    ("drr_resilience", L("Disaster Risk Reduction and Resilient Cities", "减少灾害风险与韧性城市",
                         "Reducción del riesgo de desastres y ciudades resilientes")),
    ("tourism_heritage_creative", L("Sustainable Tourism, Heritage Protection and Creative Economy",
                                    "可持续旅游、遗产保护与创意经济",
                                    "Turismo sostenible, protección del patrimonio y economía creativa")),
    ("agriculture_value_chain", L("Sustainable Agriculture Value Chain Development", "可持续农业价值链发展",
                                  "Desarrollo sostenible de cadenas de valor agrícolas")),
    ("ecommerce_smart_city", L("E-Commerce, Digitalization and Smart Cities", "电子商务、数字化与智慧城市",
                               "Comercio electrónico, digitalización y ciudades inteligentes")),
    ("transport_air_quality", L("Sustainable Transport and Air Quality", "可持续交通与空气质量",
                                "Transporte sostenible y calidad del aire")),
    ("waste_green_energy", L("Waste Management, Green Cities and Renewable Energy", "废物管理、绿色城市与可再生能源",
                             "Gestión de residuos, ciudades verdes y energías renovables")),
    ("cross_cutting", L("Cross-cutting Areas", "跨领域议题", "Áreas transversales")),
]

CHILDREN = [
    ("covid19_response", "public_health", L("COVID-19 response and recovery", "新冠肺炎应对与恢复",
                                            "Respuesta y recuperación ante la COVID-19")),
    ("medical_supplies", "public_health", L("Medical supplies and PPE", "医疗物资与个人防护装备",
                                            "Suministros médicos y EPP")),
    ("disaster_risk_reduction", "drr_resilience", L("Disaster risk reduction", "减少灾害风险",
                                                    "Reducción del riesgo de desastres")),
    ("urban_resilience", "drr_resilience", L("Urban resilience", "城市韧性", "Resiliencia urbana")),
    ("climate_action", "drr_resilience", L("Climate action", "气候行动", "Acción climática")),
    ("tourism_development", "tourism_heritage_creative", L("Tourism development", "旅游发展", "Desarrollo turístico")),
    ("heritage_protection", "tourism_heritage_creative", L("Heritage protection", "遗产保护",
                                                           "Protección del patrimonio")),
    ("creative_economy", "tourism_heritage_creative", L("Creative economy", "创意经济", "Economía creativa")),
    ("cultural_exchange", "tourism_heritage_creative", L("Cultural exchange", "文化交流", "Intercambio cultural")),
    ("digital_tourism", "tourism_heritage_creative", L("Digital tourism and heritage", "数字旅游与数字遗产",
                                                       "Turismo y patrimonio digital")),
    ("agriculture", "agriculture_value_chain", L("Agriculture", "农业", "Agricultura")),
    ("food_security", "agriculture_value_chain", L("Food security", "粮食安全", "Seguridad alimentaria")),
    ("e_commerce", "ecommerce_smart_city", L("E-commerce", "电子商务", "Comercio electrónico")),
    ("digitalization", "ecommerce_smart_city", L("Digitalization", "数字化", "Digitalización")),
    ("smart_city", "ecommerce_smart_city", L("Smart city", "智慧城市", "Ciudad inteligente")),
    ("trade_investment", "ecommerce_smart_city", L("Trade and investment", "贸易与投资", "Comercio e inversión")),
    ("technology_innovation", "ecommerce_smart_city", L("Technology and innovation", "科技与创新",
                                                        "Tecnología e innovación")),
    ("smes", "ecommerce_smart_city", L("Small and medium-sized enterprises", "中小企业",
                                       "Pequeñas y medianas empresas")),
    ("transport_mobility", "transport_air_quality", L("Transport and mobility", "交通与出行",
                                                      "Transporte y movilidad")),
    ("air_quality", "transport_air_quality", L("Air quality", "空气质量", "Calidad del aire")),
    ("infrastructure", "transport_air_quality", L("Infrastructure", "基础设施", "Infraestructura")),
    ("waste_management", "waste_green_energy", L("Waste management", "废物管理", "Gestión de residuos")),
    ("green_city", "waste_green_energy", L("Green city and ecology", "绿色城市与生态", "Ciudad verde y ecología")),
    ("renewable_energy", "waste_green_energy", L("Renewable energy", "可再生能源", "Energías renovables")),
    ("education", "cross_cutting", L("Education", "教育", "Educación")),
    ("youth_entrepreneurship", "cross_cutting", L("Youth entrepreneurship", "青年创业", "Emprendimiento juvenil")),
    ("social_protection", "cross_cutting", L("Social protection", "社会保障", "Protección social")),
    ("gender_equality", "cross_cutting", L("Gender equality", "性别平等", "Igualdad de género")),
    ("public_services", "cross_cutting", L("Public services", "公共服务", "Servicios públicos")),
    ("service_sector", "cross_cutting", L("Service sector development", "服务业发展",
                                          "Desarrollo del sector servicios")),
]


def themes():
    """Roots first (in cluster order), then children grouped by root: a parent always precedes its children."""
    out = [{"key": k, "parent": None, "names": n} for k, n in ROOTS]
    for root, _ in ROOTS:
        out += [{"key": k, "parent": p, "names": n} for k, p, n in CHILDREN if p == root]
    return out
