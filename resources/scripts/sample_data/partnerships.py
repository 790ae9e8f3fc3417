# SPDX-License-Identifier: GPL-3.0-or-later
"""Partnerships brokered or facilitated by the Cities Project, with their stage
history.  A partnership is a pair (a, b); further parties of a group initiative
are listed in "others" (kept for reviewers; the importer stores the pair)."""

TR = "src:training-report-tsoc"
AR = "src:annual-report-2020"
SV = "src:survey-tsoc-2020-12"
N22 = "src:news-2022-03-mexico-luoyang"
F23 = "src:news-2023-11-whitrap-forum"

_XIAMEN_THEMES = ["trade_investment", "youth_entrepreneurship", "transport_mobility", "covid19_response"]
_XIAMEN_NOTE = ("The Cities Project facilitated city-level partnership building between Xiamen and {0} for collaboration "
                "in trade and economic activities, youth development, transport and COVID-19 experience exchange (during "
                "2020; 'youth development' entered as youth entrepreneurship)")

PARTNERSHIPS = [
    {"uid": "pship:mexico-city-luoyang", "a": "city:mexico-city", "b": "city:luoyang",
     "themes": ["tourism_development", "cultural_exchange", "heritage_protection", "trade_investment",
                "technology_innovation", "education"],
     "summary": "Two heritage cities brought together by the UNOSSC Cities Project: both took part in the December 2020 "
                "China–Mexico exchange, after which Mexican respondents named Luoyang most often; on 22 February 2022 they "
                "held a video conference on trade, technology, education, tourism and cultural exchange.",
     "source": N22,
     "history": [
         {"stage": "candidate", "date": "2020-12-01", "date_precision": "month", "source": TR,
          "note": "Both cities took part in the China–Mexico exchange; Mexico City's representative said the city was very "
                  "willing to build cultural tourism and trade relations with Chinese cities, starting with culture."},
         {"stage": "candidate", "date": "2020-12-31", "source": SV,
          "note": "Post-workshop survey: Luoyang was the Chinese city Mexican respondents named most (4 of 10 responses); "
                  "answers are not attributed to individual cities."},
         {"stage": "exploratory_exchange", "date": "2022-02-22", "source": N22,
          "note": "Video conference facilitated by UNOSSC: Luoyang proposed cooperation in trade, technology, education "
                  "and tourism; Mexico City wished to learn from Luoyang's experience; both look forward to regular "
                  "conversations and to sharing cultural-event agendas and experience in new technology and innovation."},
     ]},
    {"uid": "pship:xiamen-santiago", "a": "city:xiamen", "b": "city:santiago", "themes": _XIAMEN_THEMES,
     "summary": _XIAMEN_NOTE.format("Santiago (Chile)") + ".", "source": AR,
     "history": [{"stage": "exploratory_exchange", "date": "2020-01-01", "date_precision": "year", "source": AR,
                  "note": "Partnership building facilitated during 2020 (month not stated)."}]},
    {"uid": "pship:xiamen-buenos-aires", "a": "city:xiamen", "b": "city:buenos-aires", "themes": _XIAMEN_THEMES,
     "summary": _XIAMEN_NOTE.format("Buenos Aires (Argentina)") + ".", "source": AR,
     "history": [{"stage": "exploratory_exchange", "date": "2020-01-01", "date_precision": "year", "source": AR,
                  "note": "Partnership building facilitated during 2020 (month not stated)."}]},
    {"uid": "pship:oaxaca-whitrap-heritage-pilot", "a": "city:oaxaca", "b": "inst:whitrap",
     "others": ["inst:ancmpm", "inst:renmin-university", "inst:china-academy-of-art"], "facilitator": "inst:unossc",
     "themes": ["heritage_protection"],
     "summary": "With UNOSSC facilitation, WHITRAP is exploring a joint China–Mexico pilot project on international "
                "cooperation in World Heritage protection among Oaxaca City, ANCMPM, Renmin University and the China "
                "Academy of Art.",
     "source": F23,
     "history": [{"stage": "exploratory_exchange", "date": "2023-11-06", "source": F23,
                  "note": "Announced around the 2023 World Heritage Creative Innovator Forum (2–3 November 2023): "
                          "opportunities for the pilot are being explored, not yet agreed."}]},
    {"uid": "pship:ancmpm-unesco-mexico-pilot", "a": "inst:ancmpm", "b": "inst:unesco-mexico", "others": ["inst:unossc"],
     "themes": ["tourism_development", "heritage_protection"],
     "summary": "Building on the December 2020 exchange and survey, UNOSSC, UNESCO Mexico and the Mexican World Heritage "
                "Cities Association (ANCMPM/MWHCA) formulated a joint pilot project to build cities' capacities for "
                "sustainable tourism growth and recovery and to facilitate city-to-city knowledge sharing and mutual "
                "learning through South-South cooperation.",
     "source": N22,
     "history": [{"stage": "pilot_project", "date": "2022-03-08", "source": N22,
                  "note": "Formulated between the December 2020 survey and March 2022; the exact date is not stated, so "
                          "the news date is used."}]},
    {"uid": "pship:henan-banjul", "a": "city:henan", "b": "city:banjul", "themes": ["medical_supplies", "covid19_response"],
     "summary": "City-to-city COVID-19 support: the Government of Henan Province donated 10,000 masks to Banjul City, "
                "mobilized by the Cities Project.",
     "source": AR,
     "history": [{"stage": "active", "date": "2020-09-01", "date_precision": "month", "source": AR,
                  "note": "One donation of 10,000 masks (September 2020 by the donation timeline's reading); no later "
                          "activity is reported."}]},
]
