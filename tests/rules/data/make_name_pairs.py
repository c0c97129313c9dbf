#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes name_pairs.tsv: the labelled name pairs test_namepairs measures screening against.

Every pair is written here by hand or from a real name by one stated change (the class). The
names are real: parties on the US Entity List (EL, with the Federal Register rule), on OFAC's SDN
list (SDN, with the programme), and well-known companies and people whose names and native
spellings are public (company registers, their own web sites, Wikipedia in the native language).
Federal Register citations written here from memory are unverified [U] unless export_rules.md
has them; they say where to look, not what the lists say. Near-misses are pairs a careless matcher confuses but which name different parties. Run it again
after editing:  python3 tests/rules/data/make_name_pairs.py > tests/rules/data/name_pairs.tsv
"""
import sys

rows = []
def add(screened, listed, label, cls, src):
    assert label in ("match", "nonmatch")
    rows.append((screened, listed, label, cls, src))
M, N = "match", "nonmatch"

# --- spelled-out and dotted legal forms (DE, RU, ID, GB, FR, NL, IT, MY, PL, CN) -------------
legal = [
    ("Siemens Aktiengesellschaft", "Siemens AG", "DE register HRB 6684 (well-known)"),
    ("SIEMENS A.G.", "Siemens AG", "DE register (well-known)"),
    ("Robert Bosch Gesellschaft mit beschränkter Haftung", "Robert Bosch GmbH", "DE register HRB 14000"),
    ("Robert Bosch G.m.b.H.", "Robert Bosch GmbH", "DE register HRB 14000"),
    ("Carl Zeiss Aktiengesellschaft", "Carl Zeiss AG", "DE register (well-known)"),
    ("Infineon Technologies Aktiengesellschaft", "Infineon Technologies AG", "DE register (well-known)"),
    ("TRUMPF G.m.b.H. + Co. K.G.", "TRUMPF GmbH + Co. KG", "DE register (well-known)"),
    ("Heraeus Holding Gesellschaft mit beschraenkter Haftung", "Heraeus Holding GmbH", "DE register (well-known)"),
    ("Merck Kommanditgesellschaft auf Aktien", "Merck KGaA", "DE register (well-known)"),
    ("Henkel AG & Co. KGaA", "Henkel AG and Co KGaA", "DE register (well-known)"),
    ("Deutsche Telekom Aktiengesellschaft", "Deutsche Telekom AG", "DE register (well-known)"),
    ("Volkswagen Aktiengesellschaft", "Volkswagen AG", "DE register (well-known)"),
    ("Rheinmetall Aktiengesellschaft", "Rheinmetall AG", "DE register (well-known)"),
    ("Hensoldt Sensors G.m.b.H.", "Hensoldt Sensors GmbH", "DE register (well-known)"),
    ("ROFIN-SINAR Laser Gesellschaft mbH", "Rofin-Sinar Laser GmbH", "DE register (well-known)"),
    ("Gazprom Open Joint Stock Company", "OAO Gazprom", "SDN (UKRAINE-EO13662 directive list)"),
    ("Open Joint Stock Company Gazprom Neft", "OAO Gazprom Neft", "SDN (UKRAINE-EO13662)"),
    ("Public Joint Stock Company Sberbank of Russia", "PAO Sberbank of Russia", "SDN (RUSSIA-EO14024)"),
    ("Sberbank of Russia PJSC", "PAO Sberbank of Russia", "SDN (RUSSIA-EO14024)"),
    ("VTB Bank Public Joint Stock Company", "VTB Bank PAO", "SDN (RUSSIA-EO14024)"),
    ("Joint Stock Company Concern VKO Almaz-Antey", "AO Concern VKO Almaz-Antey", "SDN (UKRAINE-EO13661); EL"),
    ("Concern VKO Almaz-Antey JSC", "AO Concern VKO Almaz-Antey", "SDN (UKRAINE-EO13661); EL"),
    ("Rosneft Oil Company Open Joint Stock Company", "OAO Rosneft Oil Company", "SDN (UKRAINE-EO13662)"),
    ("Closed Joint Stock Company Elvees", "ZAO Elvees", "EL (87 FR 12226, Russia)"),
    ("Limited Liability Company Mikron", "Mikron LLC", "EL (87 FR 12226)"),
    ("JSC Mikron", "AO Mikron", "EL (87 FR 12226)"),
    ("Perseroan Terbatas Indosat Tbk", "PT Indosat Tbk", "IDX listing (well-known)"),
    ("P.T. Indosat Tbk", "PT Indosat Tbk", "IDX listing (well-known)"),
    ("P.T. Telkom Indonesia (Persero) Tbk", "PT Telkom Indonesia (Persero) Tbk", "IDX listing"),
    ("Perseroan Terbatas Pindad", "PT Pindad", "Indonesian state enterprise (well-known)"),
    ("P.T. Len Industri (Persero)", "PT Len Industri (Persero)", "Indonesian state enterprise"),
    ("PT. Dirgantara Indonesia", "PT Dirgantara Indonesia (Persero)", "Indonesian state enterprise"),
    ("Pertamina Perseroan Terbatas", "PT Pertamina (Persero)", "Indonesian state enterprise"),
    ("Bank Central Asia Terbuka", "PT Bank Central Asia Tbk", "IDX listing"),
    ("BP p.l.c.", "BP plc", "UK Companies House 00102498"),
    ("Rolls-Royce Holdings Public Limited Company", "Rolls-Royce Holdings plc", "UK Companies House"),
    ("BAE Systems P.L.C.", "BAE Systems plc", "UK Companies House"),
    ("Arm Limited", "ARM Ltd.", "UK Companies House"),
    ("Vodafone Group Public Limited Company", "Vodafone Group Plc", "UK Companies House"),
    ("Thales Société Anonyme", "Thales S.A.", "FR register (well-known)"),
    ("STMicroelectronics N.V.", "STMicroelectronics Naamloze Vennootschap", "NL register (well-known)"),
    ("ASML Holding Naamloze Vennootschap", "ASML Holding N.V.", "NL register (well-known)"),
    ("Nexperia Besloten Vennootschap", "Nexperia B.V.", "NL register (well-known)"),
    ("Leonardo Società per Azioni", "Leonardo S.p.A.", "IT register (well-known)"),
    ("Axiata Group Berhad", "Axiata Group Bhd", "Bursa Malaysia listing"),
    ("Sophgo Sendirian Berhad", "SOPHGO SDN. BHD.", "EL (90 FR 4621, alias form)"),
    ("Inspur Electronic Information Industry Company Limited", "Inspur Electronic Information Industry Co., Ltd.", "EL (90 FR 14046)"),
    ("Huawei Technologies Company Limited", "Huawei Technologies Co., Ltd.", "EL (84 FR 22961)"),
    ("Zhejiang Dahua Technology Co Limited", "Zhejiang Dahua Technology Co., Ltd.", "EL (84 FR 54002)"),
    ("Beijing Megvii Technology Company Ltd", "Beijing Megvii Technology Co., Ltd.", "EL (84 FR 54002)"),
    ("Xiamen Meiya Pico Information Co Limited", "Xiamen Meiya Pico Information Co., Ltd.", "EL (84 FR 54002)"),
    ("Sugon Information Industry Co Ltd", "Dawning Information Industry Co., Ltd. (Sugon)", "EL (84 FR 29371) -- alias"),
    ("Kaspersky Lab Joint Stock Company", "AO Kaspersky Lab", "EL (87 FR 34131)"),
    ("Positive Technologies Joint Stock Company", "AO Positive Technologies", "EL (86 FR 20583); SDN"),
    ("Tactical Missiles Corporation Joint Stock Company", "AO Tactical Missiles Corporation", "SDN (UKRAINE-EO13661)"),
    ("Spolka z ograniczona odpowiedzialnoscia Polimex", "Polimex Sp. z o.o.", "PL register (well-known)"),
    ("Sberbank of Russia Public Joint-Stock Company", "PAO Sberbank of Russia", "SDN (RUSSIA-EO14024)"),
    ("Aeroflot Public Joint Stock Company", "PAO Aeroflot", "EL (87 FR 22130)"),
    ("Publichnoye Aktsionernoye Obshchestvo Aeroflot", "PAO Aeroflot", "EL (87 FR 22130)"),
    ("Otkrytoye Aktsionernoye Obshchestvo Gazprom", "OAO Gazprom", "SDN (UKRAINE-EO13662)"),
]
for s, l, src in legal:
    add(s, l, M, "legal_form", src)

# Near-misses: the same name with a legal form of another kind is another company.
form_differs = [
    ("Siemens GmbH", "Siemens AG", "DE register: Siemens AG and its GmbH subsidiaries"),
    ("Robert Bosch AG", "Robert Bosch GmbH", "DE register (AG does not exist; form conflict)"),
    ("Carl Zeiss GmbH", "Carl Zeiss AG", "DE register: Carl Zeiss AG vs Carl Zeiss GmbH (Austria)"),
    ("Volkswagen GmbH", "Volkswagen AG", "DE register"),
    ("Rheinmetall GmbH", "Rheinmetall AG", "DE register"),
    ("Hensoldt AG", "Hensoldt Sensors GmbH", "DE register: Hensoldt AG holding vs Hensoldt Sensors GmbH"),
    ("Trumpf AG", "TRUMPF GmbH + Co. KG", "DE register"),
    ("Heraeus AG", "Heraeus Holding GmbH", "DE register"),
    ("Gazprom OOO", "OAO Gazprom", "SDN: OOO subsidiaries are separate companies"),
    ("OOO Sberbank of Russia", "PAO Sberbank of Russia", "SDN"),
    ("OOO Mikron", "AO Mikron", "EL (87 FR 12226)"),
    ("OOO Elvees", "ZAO Elvees", "EL"),
    ("OOO Aeroflot", "PAO Aeroflot", "EL"),
    ("Kaspersky Lab GmbH", "AO Kaspersky Lab", "EL: German subsidiary not listed"),
    ("Nexperia N.V.", "Nexperia B.V.", "NL register"),
    ("Leonardo S.r.l.", "Leonardo S.p.A.", "IT register"),
    ("Thales SARL", "Thales S.A.", "FR register"),
    ("ASML B.V.", "ASML Holding N.V.", "NL register"),
    ("Polimex S.A.", "Polimex Sp. z o.o.", "PL register"),
    ("Axiata Sdn Bhd", "Axiata Group Bhd", "Bursa Malaysia"),
    ("Siemens Gesellschaft mit beschränkter Haftung", "Siemens Aktiengesellschaft", "DE register"),
    ("Bosch Kommanditgesellschaft", "Robert Bosch GmbH", "DE register"),
    ("Tovarystvo z obmezhenoyu vidpovidalnistyu Motor Sich", "PAT Motor Sich", "UA register: Motor Sich JSC"),
    ("Obshchestvo s ogranichennoy otvetstvennostyu Almaz-Antey", "AO Concern VKO Almaz-Antey", "SDN"),
    ("Mikron Aktiengesellschaft", "OOO Mikron", "EL: form conflict (AG vs OOO)"),
]
for s, l, src in form_differs:
    add(s, l, N, "legal_form_differs", src)

# --- glued legal forms -------------------------------------------------------------------
glued = [
    ("Robert BoschGmbH", "Robert Bosch GmbH", "DE register"),
    ("RobertBoschGmbH", "Robert Bosch GmbH", "DE register"),
    ("SiemensAG", "Siemens AG", "DE register"),
    ("Carl ZeissGmbH", "Carl Zeiss GmbH", "DE register"),
    ("HeraeusGmbH", "Heraeus GmbH", "DE register"),
    ("HUAWEILTD", "Huawei Ltd", "EL (84 FR 22961) alias form"),
    ("HuaweiLtd", "Huawei Ltd", "EL alias form"),
    ("SophgoLtd", "Sophgo Ltd", "EL (90 FR 4621)"),
    ("InspurGmbH", "Inspur GmbH", "EL (Inspur Group 2023; FR citation unverified) -- hypothetical European arm"),
    ("ArmLtd", "Arm Ltd", "UK Companies House"),
    ("VodafonePlc", "Vodafone Plc", "UK Companies House"),
    ("BiRenLLC", "Biren LLC", "EL (88 FR 71991) -- US-style form"),
    ("MooreThreadsLtd", "Moore Threads Ltd", "EL (88 FR 71991)"),
    ("SophgoSdnBhd", "Sophgo Sdn Bhd", "EL (90 FR 4621)"),
    ("mikronllc", "Mikron LLC", "EL"),
    ("nexperiagmbh", "Nexperia GmbH", "DE register"),
    ("TrumpfGmbH", "TRUMPF GmbH", "DE register"),
    ("HensoldtGmbH", "Hensoldt GmbH", "DE register"),
    ("KasperskyGmbH", "Kaspersky GmbH", "DE register"),
    ("CambriconLtd", "Cambricon Ltd", "EL (87 FR 77505)"),
]
for s, l, src in glued:
    add(s, l, M, "glued_form", src)
glued_miss = [
    ("BoschAG", "Robert Bosch GmbH", "form conflict"),
    ("SiemensGmbH", "Siemens AG", "form conflict"),
    ("HeraeusAG", "Heraeus GmbH", "form conflict"),
    ("ZeissAG", "Carl Zeiss GmbH", "form conflict"),
    ("Boschung GmbH", "Robert Bosch GmbH", "Boschung is a Swiss company; a word that begins another"),
    ("Siemensstadt GmbH", "Siemens AG", "Siemensstadt Square GmbH is a property company"),
    ("TrumpfAG", "TRUMPF GmbH", "form conflict"),
    ("Siemag", "Siemens AG", "SIEMAG Tecberg is another company"),
    ("Zinc Ltd", "Zin Ltd", "one letter, 3-letter word: no typo allowance"),
    ("KasperskyAG", "Kaspersky GmbH", "form conflict"),
]
for s, l, src in glued_miss:
    add(s, l, N, "glued_form", src)

# --- initials -------------------------------------------------------------------------------
initials = [
    ("V. V. Putin", "Vladimir Vladimirovich Putin", "SDN (RUSSIA-EO14024)"),
    ("V. Putin", "Vladimir Putin", "SDN"),
    ("S. Lavrov", "Sergei Lavrov", "SDN"),
    ("S. V. Lavrov", "Sergei Viktorovich Lavrov", "SDN"),
    ("I. I. Sechin", "Igor Ivanovich Sechin", "SDN"),
    ("A. Usmanov", "Alisher Usmanov", "SDN"),
    ("O. V. Deripaska", "Oleg Vladimirovich Deripaska", "SDN"),
    ("R. Abramovich", "Roman Abramovich", "UK sanctions list"),
    ("V. Vekselberg", "Viktor Vekselberg", "SDN"),
    ("A. R. Rotenberg", "Arkady Romanovich Rotenberg", "SDN"),
    ("G. Timchenko", "Gennady Timchenko", "SDN"),
    ("Y. Prigozhin", "Yevgeniy Prigozhin", "SDN"),
    ("D. A. Medvedev", "Dmitry Anatolyevich Medvedev", "SDN"),
    ("A. B. Miller", "Alexei Borisovich Miller", "SDN"),
    ("Karl H. Weber", "Karl Heinz Weber", "common German name (test of a middle initial)"),
    ("J. Smith", "John Smith", "common English name"),
    ("Z. Ren", "Zhengfei Ren", "Huawei founder (well-known)"),
    ("W. Meng", "Wanzhou Meng", "Huawei CFO (well-known)"),
    ("M. Wanzhou", "Meng W.", "initials on both sides, surname-last vs -first"),
    ("Yevgeny V. Prigozhin", "Yevgeniy Viktorovich Prigozhin", "SDN"),
    ("Igor I. Sechin", "Igor Ivanovich Sechin", "SDN"),
    ("Sergei K. Shoigu", "Sergei Kuzhugetovich Shoigu", "SDN"),
    ("Valery V. Gerasimov", "Valery Vasilyevich Gerasimov", "SDN"),
    ("Alisher B. Usmanov", "Alisher Burkhanovich Usmanov", "SDN"),
    ("J. K. Rowling", "Joanne Rowling", "well-known person"),
]
for s, l, src in initials:
    add(s, l, M, "initials", src)
initials_miss = [
    ("A. Putin", "Vladimir Putin", "wrong initial"),
    ("I. Lavrov", "Sergei Lavrov", "wrong initial"),
    ("K. Sechin", "Igor Sechin", "wrong initial"),
    ("B. Usmanov", "Alisher Usmanov", "wrong initial"),
    ("P. Deripaska", "Oleg Deripaska", "wrong initial"),
    ("J. Smith", "Karl Smith", "wrong initial"),
    ("Karl M. Weber", "Karl Heinz Weber", "wrong middle initial"),
    ("D. Rotenberg", "Arkady Rotenberg", "wrong initial"),
    ("B. Rotenberg", "Arkady Rotenberg", "Boris Rotenberg is another SDN"),
    ("I. Rotenberg", "Arkady Rotenberg", "Igor Rotenberg is another SDN"),
    ("M. Medvedev", "Dmitry Medvedev", "wrong initial"),
    ("S. Miller", "Alexei Miller", "wrong initial"),
    ("L. Timchenko", "Gennady Timchenko", "wrong initial"),
    ("H. Weber", "Karl Weber", "initial of another name"),
    ("T. Shoigu", "Sergei Shoigu", "wrong initial"),
]
for s, l, src in initials_miss:
    add(s, l, N, "initials", src)

# --- one typo in a short name ----------------------------------------------------------------
typos = [
    ("Huawai", "Huawei", "EL (84 FR 22961)"), ("Inpsur", "Inspur", "EL (Inspur Group 2023; FR citation unverified)"),
    ("Sophog", "Sophgo", "EL (90 FR 4621)"), ("Bieren", "Biren", "EL (88 FR 71991)"),
    ("Megvi", "Megvii", "EL (84 FR 54002)"), ("Sensetme", "SenseTime", "EL (84 FR 54002)"),
    ("Hikvison", "Hikvision", "EL (84 FR 54002)"), ("Dahau", "Dahua", "EL (84 FR 54002)"),
    ("Iflytec", "iFlyTek", "EL (84 FR 54002)"), ("Cambricom", "Cambricon", "EL (87 FR 77505)"),
    ("Sugonn", "Sugon", "EL (84 FR 29371)"), ("Loongsen", "Loongson", "EL (88 FR 12108)"),
    ("Phytim", "Phytium", "EL (86 FR 18437)"), ("Rostek", "Rostec", "SDN"),
    ("Elvess", "Elvees", "EL"), ("Mikrom", "Mikron", "EL"), ("Angstem", "Angstrem", "EL"),
    ("Hytrea", "Hytera", "EL"), ("Univew", "Uniview", "EL"), ("Cloudwlak", "CloudWalk", "EL"),
    ("Moore Thraeds", "Moore Threads", "EL (88 FR 71991)"), ("Biren Tecnology", "Biren Technology", "EL"),
    ("Kasperksy Lab", "Kaspersky Lab", "EL"), ("Almaz Antei", "Almaz-Antey", "SDN"),
    ("Sukoi", "Sukhoi", "SDN"), ("Tupolv", "Tupolev", "SDN"), ("Inspru Group", "Inspur Group", "EL"),
    ("Mahan Aire", "Mahan Air", "SDN (SDGT)"), ("Yangzte Memory", "Yangtze Memory", "EL (87 FR 77505)"),
    ("Hangzhou Hikvsion", "Hangzhou Hikvision", "EL"),
]
for s, l, src in typos:
    add(s, l, M, "typo", src)
typo_miss = [
    ("ZTT", "ZTE", "ZTT (Zhongtian Technology) is another company"),
    ("Sogou", "Sugon", "Sogou is another company"),
    ("Sophon", "Sophgo", "Sophon is also a product name; two letters differ"),
    ("Huaxia", "Huawei", "Huaxia is another company"),
    ("Inspire", "Inspur", "another word"),
    ("Biden", "Biren", "another name"),
    ("Hanwha", "Huawei", "Hanwha is a Korean group"),
    ("Tencent", "Sensetime", "another company"),
    ("Mikros", "Mikron", "Mikros Systems is a US company (one letter, but another name)"),
    ("Megafon", "Megvii", "another company"),
    ("Dahan", "Dahua", "one letter, but another company (Dahan is a surname)"),
    ("Elbit", "Elvees", "another company"),
    ("Angstrom", "Angstrem", "one letter, but 'Angstrom' is a unit and many companies"),
    ("Sukhoi Superjet", "Sukhoi Civil Aircraft", "different subsidiaries"),
    ("Uniview", "Unisoc", "another company"),
    ("Rostelecom", "Rostec", "Rostelecom is a different company"),
    ("Loongson", "Longsys", "another company"),
    ("Mahan", "Mahan Air", "the word alone"),
    ("HiSilicon", "Hikvision", "another company"),
    ("Yandex", "Yangtze", "another company"),
]
for s, l, src in typo_miss:
    add(s, l, N, "typo", src)

# --- extra middle names and patronymics ------------------------------------------------------
middle = [
    ("Vladimir Putin", "Vladimir Vladimirovich Putin", "SDN"),
    ("Sergei Lavrov", "Sergei Viktorovich Lavrov", "SDN"),
    ("Igor Sechin", "Igor Ivanovich Sechin", "SDN"),
    ("Alisher Usmanov", "Alisher Burkhanovich Usmanov", "SDN"),
    ("Roman Abramovich", "Roman Arkadyevich Abramovich", "UK list"),
    ("Oleg Deripaska", "Oleg Vladimirovich Deripaska", "SDN"),
    ("Viktor Vekselberg", "Viktor Felixovich Vekselberg", "SDN"),
    ("Arkady Rotenberg", "Arkady Romanovich Rotenberg", "SDN"),
    ("Gennady Timchenko", "Gennady Nikolayevich Timchenko", "SDN"),
    ("Dmitry Medvedev", "Dmitry Anatolyevich Medvedev", "SDN"),
    ("Sergei Shoigu", "Sergei Kuzhugetovich Shoigu", "SDN"),
    ("Valery Gerasimov", "Valery Vasilyevich Gerasimov", "SDN"),
    ("Alexei Miller", "Alexei Borisovich Miller", "SDN"),
    ("Yevgeniy Prigozhin", "Yevgeniy Viktorovich Prigozhin", "SDN"),
    ("Karl Weber", "Karl Heinz Weber", "common German name"),
    ("Ayman al-Zawahiri", "Ayman Muhammad Rabi al-Zawahiri", "SDN (SDGT)"),
    ("Osama bin Laden", "Usama bin Muhammad bin Awad bin Ladin", "SDN (SDGT) -- alias spelling"),
    ("Hassan Nasrallah", "Hassan Abdul Karim Nasrallah", "SDN (SDGT)"),
    ("Qasem Soleimani", "Qasem Soltani Soleimani", "SDN"),
    ("Ali Khamenei", "Sayyid Ali Hosseini Khamenei", "SDN (EO13876)"),
    ("Mohammed Salman", "Mohammed bin Salman", "well-known person (particle dropped)"),
    ("Kim Jong Un", "Kim Jong Un", "SDN (DPRK2)"),
    ("Nicolas Maduro", "Nicolas Maduro Moros", "SDN (VENEZUELA)"),
    ("Bashar Assad", "Bashar Hafez al-Assad", "SDN (SYRIA)"),
    ("Ramzan Kadyrov", "Ramzan Akhmatovich Kadyrov", "SDN"),
    ("Alexander Lukashenko", "Alexander Grigoryevich Lukashenko", "SDN (BELARUS)"),
    ("Vladimir Vladimirovich Putin", "Vladimir Putin", "SDN (order of the pair reversed)"),
    ("Igor Ivanovich Sechin", "Igor Sechin", "SDN"),
    ("Meng Wanzhou", "Meng Wanzhou Cathy", "well-known person (English given name)"),
    ("Ren Zhengfei", "Ren Zhengfei", "well-known person"),
]
for s, l, src in middle:
    add(s, l, M, "middle_name", src)
middle_miss = [
    ("Vladimir Vladimirovich Ivanov", "Vladimir Vladimirovich Putin", "another surname"),
    ("Igor Ivanovich Sidorov", "Igor Ivanovich Sechin", "another surname"),
    ("Boris Romanovich Rotenberg", "Arkady Romanovich Rotenberg", "SDN: brothers"),
    ("Igor Arkadyevich Rotenberg", "Arkady Romanovich Rotenberg", "SDN: son"),
    ("Sergei Viktorovich Ivanov", "Sergei Viktorovich Lavrov", "another surname"),
    ("Karl Heinz Weber", "Karl Heinz Becker", "another surname"),
    ("Alexander Lukashenko Jr", "Viktor Alexandrovich Lukashenko", "SDN: son (Viktor)"),
    ("Oleg Vladimirovich Petrov", "Oleg Vladimirovich Deripaska", "another surname"),
    ("Hassan Abdul Karim", "Hassan Abdul Karim Nasrallah", "surname missing"),
    ("Kim Yo Jong", "Kim Jong Un", "SDN: sister"),
    ("Kim Jong Nam", "Kim Jong Un", "half-brother"),
    ("Bashar Hafez", "Hafez al-Assad", "father"),
    ("Arkady Volozh", "Arkady Rotenberg", "another surname"),
    ("Roman Abramov", "Roman Abramovich", "another surname"),
]
for s, l, src in middle_miss:
    add(s, l, N, "middle_name", src)

# --- Chinese: Han against pinyin, traditional against simplified ---------------------------
han = [
    ("华为技术有限公司", "Huawei Technologies Co., Ltd.", "EL (84 FR 22961); CN register"),
    ("華為技術有限公司", "华为技术有限公司", "traditional vs simplified (TW/HK press)"),
    ("浪潮集团", "Inspur Group", "EL"),
    ("浪潮電子信息產業股份有限公司", "Inspur Electronic Information Industry Co., Ltd.", "EL (90 FR 14046)"),
    ("算能科技有限公司", "Suan Neng Technology Co., Ltd.", "EL (90 FR 4621) Sophgo's Chinese name"),
    ("壁仞科技", "Bi Ren Ke Ji", "EL (88 FR 71991) -- pinyin of Biren's Chinese name"),
    ("摩尔线程", "Mo Er Xian Cheng", "EL (88 FR 71991) -- pinyin of Moore Threads"),
    ("海康威视", "Hai Kang Wei Shi", "EL (84 FR 54002) -- Hikvision's Chinese name"),
    ("大华技术", "Dahua Technology", "EL (84 FR 54002)"),
    ("商汤科技", "Shangtang Keji", "EL (84 FR 54002) -- SenseTime's Chinese name"),
    ("旷视科技", "Kuangshi Technology", "EL (84 FR 54002) -- Megvii's Chinese name"),
    ("科大讯飞", "Keda Xunfei", "EL (84 FR 54002) -- iFlytek's Chinese name"),
    ("寒武纪", "Hanwuji", "EL (87 FR 77505) -- Cambricon's Chinese name"),
    ("中科曙光", "Zhongke Shuguang", "EL (84 FR 29371) -- Sugon's Chinese name"),
    ("龙芯中科", "Loongson Zhongke", "EL (88 FR 12108) -- mixed"),
    ("飞腾", "Feiteng", "EL (86 FR 18437) -- Phytium's Chinese name"),
    ("长江存储", "Changjiang Cunchu", "EL (87 FR 77505) -- YMTC"),
    ("中兴通讯", "Zhongxing Tongxun", "EL (81 FR 12004) -- ZTE"),
    ("海能达", "Hainengda", "EL -- Hytera"),
    ("宇视科技", "Yushi Keji", "EL -- Uniview"),
    ("云从科技", "Yuncong Keji", "EL -- CloudWalk"),
    ("依图科技", "Yitu Technology", "EL (84 FR 54002)"),
    ("美亚柏科", "Meiya Bai Ke", "EL (84 FR 54002)"),
    ("任正非", "Ren Zhengfei", "Huawei founder"),
    ("孟晚舟", "Meng Wanzhou", "Huawei CFO"),
    ("習近平", "Xi Jinping", "well-known person (traditional)"),
    ("李克强", "Li Keqiang", "well-known person"),
    ("中国电子科技集团", "China Electronics Technology Group", "EL (CETC) -- translation, not transliteration"),
    ("中芯国际", "Zhongxin Guoji", "EL (85 FR 83420) -- SMIC"),
    ("华为", "HUAWEI", "EL"),
]
for s, l, src in han:
    add(s, l, M, "script_han", src)
same_reading = [
    ("化为技术", "华为技术", "different Han characters, same reading hua wei"),
    ("华微科技", "华为科技", "hua wei: 微 vs 为"),
    ("浪朝集团", "浪潮集团", "lang chao: 朝 vs 潮"),
    ("算能科技", "蒜能科技", "suan neng: 算 vs 蒜"),
    ("璧仞科技", "壁仞科技", "bi ren: 璧 vs 壁"),
    ("海康卫视", "海康威视", "hai kang wei shi: 卫 vs 威"),
    ("大花技术", "大华技术", "da hua: 花 vs 华"),
    ("商汤科技", "上唐科技", "shang tang: other characters"),
    ("寒武记", "寒武纪", "han wu ji: 记 vs 纪"),
    ("飞藤", "飞腾", "fei teng: 藤 vs 腾"),
    ("中心国际", "中芯国际", "zhong xin: 心 vs 芯"),
    ("中星通讯", "中兴通讯", "zhong xing: 星 vs 兴"),
    ("宇视科技", "雨时科技", "yu shi: other characters"),
    ("任正飞", "任正非", "ren zheng fei: 飞 vs 非"),
    ("孟婉舟", "孟晚舟", "meng wan zhou: 婉 vs 晚"),
    ("李克强", "李可强", "li ke qiang: 可 vs 克"),
    ("云聪科技", "云从科技", "yun cong: 聪 vs 从"),
    ("依途科技", "依图科技", "yi tu: 途 vs 图"),
    ("长江储存", "长江存储", "characters swapped: cun chu vs chu cun"),
    ("华伟", "华为", "hua wei: 伟 vs 为"),
]
for s, l, src in same_reading:
    add(s, l, N, "same_reading", src)

# --- Wade-Giles and other romanisations of Chinese --------------------------------------------
wg = [
    ("Mao Tse-tung", "Mao Zedong", "Wade-Giles vs pinyin"),
    ("Teng Hsiao-ping", "Deng Xiaoping", "Wade-Giles vs pinyin"),
    ("Chou En-lai", "Zhou Enlai", "Wade-Giles vs pinyin"),
    ("Hsi Chin-p'ing", "Xi Jinping", "Wade-Giles vs pinyin"),
    ("Li K'o-ch'iang", "Li Keqiang", "Wade-Giles vs pinyin"),
    ("Jen Cheng-fei", "Ren Zhengfei", "Wade-Giles vs pinyin"),
    ("Meng Wan-chou", "Meng Wanzhou", "Wade-Giles vs pinyin"),
    ("Hua-wei Chi-shu", "Huawei Jishu", "Wade-Giles vs pinyin"),
    ("Lang-ch'ao Chi-t'uan", "Langchao Jituan", "Wade-Giles vs pinyin (Inspur)"),
    ("Chung-hsing T'ung-hsün", "Zhongxing Tongxun", "Wade-Giles vs pinyin (ZTE)"),
    ("Chung-hsin Kuo-chi", "Zhongxin Guoji", "Wade-Giles vs pinyin (SMIC)"),
    ("Hai-k'ang Wei-shih", "Haikang Weishi", "Wade-Giles vs pinyin (Hikvision)"),
    ("Ch'ang-chiang Ts'un-ch'u", "Changjiang Cunchu", "Wade-Giles vs pinyin (YMTC)"),
    ("Fei-t'eng", "Feiteng", "Wade-Giles vs pinyin (Phytium)"),
    ("Chung-k'o Shu-kuang", "Zhongke Shuguang", "Wade-Giles vs pinyin (Sugon)"),
    ("Han-wu-chi", "Hanwuji", "Wade-Giles vs pinyin (Cambricon)"),
    ("K'o-ta Hsün-fei", "Keda Xunfei", "Wade-Giles vs pinyin (iFlytek)"),
    ("Shang-t'ang K'o-chi", "Shangtang Keji", "Wade-Giles vs pinyin (SenseTime)"),
    ("Chiang Tse-min", "Jiang Zemin", "Wade-Giles vs pinyin"),
    ("Hu Chin-t'ao", "Hu Jintao", "Wade-Giles vs pinyin"),
]
for s, l, src in wg:
    add(s, l, M, "romanisation", src)
wg_miss = [
    ("Chang Wei", "Zhang Wei", "two common surnames? 张 Zhang (WG Chang) -- labelled as other person: Chang is also pinyin 常"),
    ("Mao Zemin", "Mao Zedong", "brother"),
    ("Deng Pufang", "Deng Xiaoping", "son"),
    ("Zhou Yongkang", "Zhou Enlai", "another person"),
    ("Xi Zhongxun", "Xi Jinping", "father"),
    ("Li Peng", "Li Keqiang", "another person"),
    ("Jiang Qing", "Jiang Zemin", "another person"),
    ("Hu Yaobang", "Hu Jintao", "another person"),
    ("Huaxin Jishu", "Huawei Jishu", "another company"),
    ("Langchao Xinxi", "Langchao Jituan", "another word"),
]
for s, l, src in wg_miss:
    add(s, l, N, "romanisation", src)

# --- Cyrillic (Russian) against Latin ----------------------------------------------------------
cyr = [
    ("Ростех", "Rostekh", "SDN (State Corporation Rostec, alias)"),
    ("Концерн Калашников", "Kontsern Kalashnikov", "SDN (UKRAINE-EO13662) alias"),
    ("Алмаз-Антей", "Almaz-Antey", "SDN; EL"),
    ("Сбербанк России", "Sberbank Rossii", "SDN alias"),
    ("ПАО Сбербанк", "Sberbank PAO", "SDN"),
    ("ОАО Газпром", "Gazprom OAO", "SDN"),
    ("ПАО Газпром нефть", "Gazprom Neft PAO", "SDN"),
    ("Роснефть", "Rosneft", "SDN"),
    ("АО Микрон", "Mikron AO", "EL"),
    ("ЗАО Элвис", "Elvis ZAO", "EL -- ELVIS+ (Russian)"),
    ("Ангстрем", "Angstrem", "EL"),
    ("Байкал Электроникс", "Baikal Elektroniks", "EL"),
    ("Сухой", "Sukhoi", "SDN"),
    ("Туполев", "Tupolev", "SDN"),
    ("Рособоронэкспорт", "Rosoboronexport", "SDN"),
    ("Совкомфлот", "Sovcomflot", "SDN"),
    ("Аэрофлот", "Aeroflot", "EL"),
    ("Владимир Владимирович Путин", "Vladimir Vladimirovich Putin", "SDN"),
    ("Сергей Лавров", "Sergey Lavrov", "SDN"),
    ("Игорь Сечин", "Igor Sechin", "SDN"),
    ("Алишер Усманов", "Alisher Usmanov", "SDN"),
    ("Олег Дерипаска", "Oleg Deripaska", "SDN"),
    ("Виктор Вексельберг", "Viktor Vekselberg", "SDN"),
    ("Аркадий Ротенберг", "Arkadiy Rotenberg", "SDN"),
    ("Геннадий Тимченко", "Gennadiy Timchenko", "SDN"),
    ("Евгений Пригожин", "Yevgeniy Prigozhin", "SDN"),
    ("Дмитрий Медведев", "Dmitriy Medvedev", "SDN"),
    ("Сергей Шойгу", "Sergey Shoygu", "SDN"),
    ("Рамзан Кадыров", "Ramzan Kadyrov", "SDN"),
    ("Касперский", "Kasperskiy", "EL"),
    ("Общество с ограниченной ответственностью Ромашка", "Romashka LLC", "legal form spelled out in Russian (textbook example)"),
    ("Открытое акционерное общество Газпром", "Gazprom OAO", "SDN"),
]
for s, l, src in cyr:
    add(s, l, M, "script_cyrillic", src)
cyr_miss = [
    ("Ростелеком", "Rostekh", "Rostelecom is another company"),
    ("Газпромбанк", "Gazprom OAO", "Gazprombank is another SDN"),
    ("Роснано", "Rosneft", "Rusnano is another company"),
    ("Борис Ротенберг", "Arkadiy Rotenberg", "SDN: brother"),
    ("Игорь Иванов", "Igor Sechin", "another person"),
    ("Сергей Иванов", "Sergey Lavrov", "another person"),
    ("Сухой Суперджет", "Sukhoi Civil Aircraft", "another subsidiary"),
    ("Виктор Медведчук", "Dmitriy Medvedev", "another person"),
    ("ООО Микрон", "Mikron AO", "form conflict"),
    ("Туполев Андрей", "Tupolev", "a person named Tupolev"),
    ("Путин Владимир", "Vladimir Putin", "surname-first Cyrillic: word order differs"),
    ("Алмаз", "Almaz-Antey", "a word that begins the name"),
    ("Лавров Сергей", "Sergey Lavrov", "surname-first: word order differs"),
    ("Аэрофлот Карго", "Aeroflot", "another company? (label: different entity)"),
    ("Кадыров Ахмат", "Ramzan Kadyrov", "father"),
]
for s, l, src in cyr_miss:
    add(s, l, N, "script_cyrillic", src)

# --- Ukrainian Cyrillic -------------------------------------------------------------------------
ukr = [
    ("Віктор Янукович", "Viktor Yanukovych", "SDN (UKRAINE-EO13660)"),
    ("Віктор Медведчук", "Viktor Medvedchuk", "SDN (UKRAINE-EO13660)"),
    ("Андрій Портнов", "Andriy Portnov", "SDN (GLOMAG)"),
    ("Олександр Янукович", "Oleksandr Yanukovych", "SDN"),
    ("Сергій Курченко", "Serhiy Kurchenko", "SDN"),
    ("Мотор Січ", "Motor Sich", "UA company (sanctioned by Ukraine, well-known)"),
    ("ПАТ Мотор Січ", "Motor Sich PAT", "UA register"),
    ("Харків", "Kharkiv", "place name (BGN/PCGN)"),
    ("Микола Азаров", "Mykola Azarov", "SDN? EU list"),
    ("Андрій Клюєв", "Andriy Klyuyev", "SDN (UKRAINE-EO13660)"),
    ("Віктор Янукович", "Viktor Fedorovych Yanukovych", "SDN (patronymic)"),
    ("Тарас Козак", "Taras Kozak", "SDN"),
]
for s, l, src in ukr:
    add(s, l, M, "script_ukrainian", src)
ukr_miss = [
    ("Віктор Ющенко", "Viktor Yanukovych", "another president"),
    ("Олександр Янукович", "Viktor Yanukovych", "son"),
    ("Андрій Клюєв", "Serhiy Klyuyev", "brother"),
    ("Мотор Січ", "Motor Sport", "another company"),
    ("Харків", "Kherson", "another city"),
    ("Микола Янукович", "Viktor Yanukovych", "another person"),
]
for s, l, src in ukr_miss:
    add(s, l, N, "script_ukrainian", src)

# --- Arabic ------------------------------------------------------------------------------------------
ara = [
    ("محمد بن سلمان", "Mohammed bin Salman", "well-known person"),
    ("حسن نصر الله", "Hassan Nasrallah", "SDN (SDGT)"),
    ("قاسم سليماني", "Qasem Soleimani", "SDN"),
    ("علي خامنئي", "Ali Khamenei", "SDN (EO13876)"),
    ("أسامة بن لادن", "Usama bin Ladin", "SDN (SDGT)"),
    ("أيمن الظواهري", "Ayman al-Zawahiri", "SDN (SDGT)"),
    ("بشار الأسد", "Bashar al-Assad", "SDN"),
    ("حزب الله", "Hizballah", "SDN (FTO)"),
    ("حماس", "Hamas", "SDN (FTO)"),
    ("طيران ماهان", "Mahan Air", "SDN -- translation order (Arabic 'airline Mahan')"),
    ("يوسف", "Yousef", "common name"),
    ("عبد الله", "Abdullah", "common name"),
    ("محمد", "Muhammad", "common name"),
    ("خالد مشعل", "Khalid Mishal", "SDN (SDGT)"),
    ("إسماعيل هنية", "Ismail Haniyeh", "SDN (SDGT)"),
]
for s, l, src in ara:
    add(s, l, M, "script_arabic", src)
ara_miss = [
    ("سلمان بن محمد", "Mohammed bin Salman", "the two names around bin swapped"),
    ("محمد بن نايف", "Mohammed bin Salman", "another prince"),
    ("حسن روحاني", "Hassan Nasrallah", "another person"),
    ("علي لاريجاني", "Ali Khamenei", "another person"),
    ("حافظ الأسد", "Bashar al-Assad", "father"),
    ("خالد", "Khalid Mishal", "given name alone"),
    ("عبد الرحمن", "Abdullah", "another name"),
    ("أحمد", "Muhammad", "another name"),
]
for s, l, src in ara_miss:
    add(s, l, N, "script_arabic", src)

# --- Khmer ---------------------------------------------------------------------------------------------
khm = [
    ("ហ៊ុន សែន", "Hun Sen", "well-known person"),
    ("ហ៊ុន ម៉ាណែត", "Hun Manet", "well-known person"),
    ("គុន គីម", "Kun Kim", "SDN (GLOMAG, 2021)"),
    ("ទ្រី ភាព", "Try Pheap", "SDN (GLOMAG, 2019)"),
    ("ភ្នំពេញ", "Phnom Penh", "place name"),
    ("ហ៊ុន តូ", "Hun To", "nephew of Hun Sen (press)"),
    ("ជា សុផារ៉ា", "Chea Sophara", "well-known person"),
    ("ស សុខា", "Sar Sokha", "well-known person"),
]
for s, l, src in khm:
    add(s, l, M, "script_khmer", src)
khm_miss = [
    ("ហ៊ុន ម៉ាណែត", "Hun Sen", "son"),
    ("ហ៊ុន សែន", "Hun To", "another person"),
    ("សែន ហ៊ុន", "Hun Sen", "word order swapped"),
    ("គុន គីម", "Kem Sokha", "another person"),
    ("ស ខេង", "Sar Sokha", "father (Sar Kheng)"),
]
for s, l, src in khm_miss:
    add(s, l, N, "script_khmer", src)

# --- Korean ------------------------------------------------------------------------------------------
kor = [
    ("김정은", "Kim Jong Un", "SDN (DPRK2)"),
    ("김여정", "Kim Yo Jong", "SDN (DPRK3)"),
    ("최룡해", "Choe Ryong Hae", "SDN (DPRK2)"),
    ("리병철", "Ri Pyong Chol", "SDN (DPRK3)"),
    ("삼성", "Samsung", "well-known company"),
    ("현대", "Hyundai", "well-known company"),
    ("김정일", "Kim Jong Il", "SDN"),
    ("김영철", "Kim Yong Chol", "SDN"),
    ("조선광업개발무역회사", "Choson Kwangop Kaebal Muyok Hoesa", "SDN (KOMID, McCune-Reischauer)"),
    ("단천상업은행", "Tanchon Sangop Unhaeng", "SDN (Tanchon Commercial Bank)"),
    ("문재인", "Moon Jae-in", "well-known person"),
    ("정의선", "Chung Eui-sun", "well-known person"),
]
for s, l, src in kor:
    add(s, l, M, "script_korean", src)
kor_miss = [
    ("김정은", "Kim Jong Il", "father"),
    ("김여정", "Kim Jong Un", "sister"),
    ("김영남", "Kim Yong Chol", "another person"),
    ("현대", "Hanwha", "another company"),
    ("삼성", "Samyang", "another company"),
    ("리병철", "Ri Chol", "another person"),
]
for s, l, src in kor_miss:
    add(s, l, N, "script_korean", src)

# --- numbers as words -------------------------------------------------------------------------
num = [
    ("3rd Research Institute", "Third Research Institute", "EL-style (numbered institutes of CETC)"),
    ("Twelve Research Institute", "12 Research Institute", "EL-style"),
    ("The 14th Research Institute of CETC", "Fourteenth Research Institute of CETC", "EL (CETC 14th institute)"),
    ("CETC 38th Research Institute", "CETC Thirty-Eighth Research Institute", "EL -- compound number (hard)"),
    ("Second Academy of CASIC", "2nd Academy of CASIC", "EL (China Aerospace Science and Industry Corp)"),
    ("Fifth Academy", "5th Academy", "EL-style"),
    ("Seventh Research Institute", "7th Research Institute", "EL-style"),
    ("Eighth Academy of CASC", "8th Academy of CASC", "EL"),
    ("First Automobile Works", "1st Automobile Works", "FAW (well-known)"),
    ("Zweite Bundesliga Holding", "2. Bundesliga Holding", "German ordinal (made-up company of a real pattern)"),
    ("Two Sigma", "2 Sigma", "well-known company"),
    ("Three Gorges Corporation", "3 Gorges Corp", "China Three Gorges Corp"),
    ("Ninth Academy", "9th Academy", "EL-style"),
    ("Sixth Element", "6th Element", "well-known brand pattern"),
    ("Eleventh Research Institute", "11th Research Institute", "EL-style"),
]
for s, l, src in num:
    add(s, l, M, "numbers", src)
num_miss = [
    ("3rd Research Institute", "13th Research Institute", "another institute"),
    ("Second Academy of CASIC", "Fourth Academy of CASIC", "another academy"),
    ("Fifth Academy", "Fifteenth Academy", "another academy"),
    ("Seventh Research Institute", "Seventeenth Research Institute", "another institute"),
    ("Two Sigma", "Three Sigma", "another company"),
    ("First Automobile Works", "Second Automobile Works", "Dongfeng (formerly SAW)"),
    ("Eighth Academy of CASC", "Eighteenth Academy of CASC", "another academy"),
    ("12 Research Institute", "21 Research Institute", "digits swapped"),
]
for s, l, src in num_miss:
    add(s, l, N, "numbers", src)

# --- generic words present on one side ------------------------------------------------------------
generic = [
    ("Hikvision", "Hangzhou Hikvision Digital Technology Co., Ltd.", "EL (84 FR 54002)"),
    ("Sophgo", "Sophgo Technologies Ltd.", "EL (90 FR 4621)"),
    ("Biren", "Biren Technology", "EL (88 FR 71991)"),
    ("Moore Threads", "Moore Threads Technology Co., Ltd.", "EL"),
    ("Inspur", "Inspur Group", "EL"),
    ("Huawei", "Huawei Technologies", "EL"),
    ("SenseTime", "SenseTime Group Limited", "EL"),
    ("Megvii", "Beijing Megvii Technology", "EL"),
    ("Cambricon", "Cambricon Technologies Corporation Limited", "EL"),
    ("Sugon", "Sugon Information Industry", "EL"),
    ("Phytium", "Tianjin Phytium Information Technology", "EL"),
    ("Loongson", "Loongson Technology Corporation Limited", "EL"),
    ("Dahua", "Zhejiang Dahua Technology", "EL"),
    ("iFlytek", "iFlytek Co., Ltd.", "EL"),
    ("Hytera", "Hytera Communications Corporation Limited", "EL"),
    ("CloudWalk", "CloudWalk Technology", "EL"),
    ("Yitu", "Shanghai Yitu Network Technology", "EL"),
    ("Uniview", "Zhejiang Uniview Technologies", "EL"),
    ("Kaspersky", "Kaspersky Lab", "EL -- 'Lab' is short for laboratory (generic)"),
    ("Elvees", "Elvees Research and Development Center", "EL"),
    ("Huawei Technologies", "Huawei", "EL (generic word on the screened side)"),
    ("Inspur Group", "Inspur", "EL"),
    ("Biren Technology Group", "Biren", "EL"),
    ("Sophgo Systems", "Sophgo", "EL"),
    ("Hikvision Digital Technology", "Hikvision", "EL"),
    ("Moore Threads Intelligent Technology", "Moore Threads", "EL (Beijing) Co. name"),
    ("SMIC Holdings", "SMIC", "EL (85 FR 83420)"),
    ("Yangtze Memory Technologies", "Yangtze Memory", "EL (87 FR 77505)"),
    ("Sugon Global", "Sugon", "EL"),
    ("Phytium Technology", "Phytium", "EL"),
    ("Baikal Electronics", "Baikal Electronics JSC", "EL"),
    ("Mikron Group", "Mikron", "EL"),
    ("Angstrem Technologies", "Angstrem", "EL"),
    ("Hytera Communications", "Hytera", "EL"),
    ("Dahua Technology International", "Dahua", "EL"),
    ("Sensetime International", "SenseTime", "EL"),
    ("Megvii Technology Limited", "Megvii", "EL"),
    ("Cambricon Information Technology", "Cambricon", "EL"),
    ("Loongson Zhongke Technology", "Loongson Zhongke", "EL"),
    ("CloudWalk Group", "CloudWalk", "EL"),
]
for s, l, src in generic:
    add(s, l, M, "generic_words", src)
generic_miss = [
    ("China Electronics Corporation", "China Electronics Technology Group Corporation", "CEC and CETC are two SOEs (EL lists CETC institutes)"),
    ("China Aerospace Science and Technology Corporation", "China Aerospace Science and Industry Corporation", "CASC vs CASIC"),
    ("Digital Technology Group", "Digital China Group", "two different companies"),
    ("Beijing Institute of Technology", "Harbin Institute of Technology", "EL lists HIT and BIT separately"),
    ("Shanghai Micro Electronics", "Shanghai Electronics", "another company"),
    ("Huawei Marine", "Huawei", "Huawei Marine (now HMN Tech) is a separate company"),
    ("Inspur Cisco", "Inspur", "joint venture"),
    ("Sugon Tiny", "Sugon", "another word"),
    ("Hikvision Europe Alarm", "Hikvision", "extra distinctive words (label: different entity)"),
    ("National University of Defense Technology", "National University of Singapore", "another university"),
    ("Tianjin University", "Tianjin Phytium", "another entity"),
    ("Global Semiconductor", "Global Foundries", "GlobalFoundries vs a generic name"),
    ("Intelligent Cloud Technology", "Intelligent Security Technology", "two generic-word names"),
    ("Moore Threads", "Moore Capital", "another company"),
    ("Zhejiang Dahua", "Zhejiang Uniview", "another company"),
    ("Megvii", "Beijing Kuangshi Digital", "same company, other name -- a matcher cannot know (label nonmatch for the name test)"),
    ("Yangtze River Delta Technology", "Yangtze Memory Technologies", "another company"),
    ("Baikal Petroleum", "Baikal Electronics", "another company"),
    ("Mikron Systems", "Mikros Systems", "another company"),
    ("Angstrem Bank", "Angstrem", "another entity (bank)"),
]
for s, l, src in generic_miss:
    add(s, l, N, "generic_words", src)

# --- word order ------------------------------------------------------------------------------------
order_miss = [
    ("Wang Jian", "Jian Wang", "given and family name swapped: two people"),
    ("Zhang Wei", "Wei Zhang", "swapped"),
    ("Li Ming", "Ming Li", "swapped"),
    ("Thomas Paul", "Paul Thomas", "swapped: two people"),
    ("James Scott", "Scott James", "swapped"),
    ("Salman bin Mohammed", "Mohammed bin Salman", "the two names around bin swapped"),
    ("Abdullah bin Khalid", "Khalid bin Abdullah", "the two names around bin swapped"),
    ("Nayef bin Ahmed", "Ahmed bin Nayef", "swapped"),
    ("Hamad bin Khalifa", "Khalifa bin Hamad", "father and son (Qatar)"),
    ("Zayed bin Sultan", "Sultan bin Zayed", "father and son (UAE)"),
    ("Sechin Igor", "Igor Sechin", "swapped"),
    ("Kim Jong Un", "Un Jong Kim", "swapped"),
    ("Ren Zhengfei", "Zhengfei Ren", "swapped"),
    ("Xi Jinping", "Jinping Xi", "swapped"),
    ("Meng Wanzhou", "Wanzhou Meng", "swapped"),
    ("Hassan Ali", "Ali Hassan", "swapped: two people"),
    ("Omar Khalid", "Khalid Omar", "swapped"),
    ("Ahmad Said", "Said Ahmad", "swapped"),
    ("Martin Luther", "Luther Martin", "swapped"),
    ("Elton John", "John Elton", "swapped"),
    ("Lee Kuan Yew", "Yew Kuan Lee", "swapped"),
    ("Hun Sen", "Sen Hun", "swapped"),
    ("Zhou Enlai", "Enlai Zhou", "swapped"),
    ("Moore Threads", "Threads Moore", "company words swapped"),
    ("Rotenberg Arkady", "Arkady Rotenberg", "swapped"),
    ("Khalid bin Mahfouz", "Mahfouz bin Khalid", "swapped"),
    ("Saud bin Faisal", "Faisal bin Saud", "swapped"),
    ("Mohammed bin Rashid", "Rashid bin Mohammed", "swapped"),
    ("Tariq Aziz", "Aziz Tariq", "swapped"),
    ("David Michael", "Michael David", "swapped"),
]
for s, l, src in order_miss:
    add(s, l, N, "word_order", src)
order_match = [
    ("PUTIN, Vladimir Vladimirovich", "Vladimir Vladimirovich Putin", "SDN list format 'SURNAME, Given'"),
    ("SECHIN, Igor Ivanovich", "Igor Ivanovich Sechin", "SDN list format"),
    ("USMANOV, Alisher", "Alisher Usmanov", "SDN list format"),
    ("DERIPASKA, Oleg", "Oleg Deripaska", "SDN list format"),
    ("Vekselberg, Viktor Felixovich", "Viktor Vekselberg", "SDN list format"),
    ("LAVROV, Sergey Viktorovich", "Sergei Lavrov", "SDN list format"),
    ("KADYROV, Ramzan", "Ramzan Kadyrov", "SDN list format"),
    ("MEDVEDCHUK, Viktor", "Viktor Medvedchuk", "SDN list format"),
    ("PRIGOZHIN, Yevgeniy", "Yevgeniy Prigozhin", "SDN list format"),
    ("TIMCHENKO, Gennady", "Gennady Timchenko", "SDN list format"),
]
for s, l, src in order_match:
    add(s, l, M, "word_order", src)

# --- a word that begins another -----------------------------------------------------------------
begins = [
    ("Sino", "Sinopec", "a word that begins another"),
    ("Hua", "Huawei", "syllable"),
    ("Inspur", "Inspurgroup Travel", "made-up long word beginning with a listed name"),
    ("Rostec", "Rostechnadzor", "Rostekhnadzor is a federal regulator, not Rostec"),
    ("Gazprom", "Gazpromneft Marine", "another company (glued)"),
    ("Sber", "Sberbank", "brand vs bank (label: word begins another)"),
    ("Mega", "Megvii", "a word that begins another"),
    ("Sense", "SenseTime", "a word that begins another"),
    ("Cambri", "Cambricon", "a word that begins another"),
    ("Loong", "Loongson", "a word that begins another"),
    ("Phyt", "Phytium", "a word that begins another"),
    ("Elv", "Elvees", "a word that begins another"),
    ("Angst", "Angstrem", "a word that begins another"),
    ("Kasper", "Kaspersky", "a word that begins another"),
    ("Tupol", "Tupolev", "a word that begins another"),
    ("Sukh", "Sukhoi", "a word that begins another"),
    ("Rosne", "Rosneft", "a word that begins another"),
    ("Hikvis Security", "Hikvision Security", "a word that begins another"),
    ("Moore Thread Works", "Moore Threads", "another company"),
    ("Almaz", "Almazjuvelirexport", "a word that begins another"),
]
for s, l, src in begins:
    add(s, l, N, "word_begins_other", src)

# --- more near-misses across the classes ------------------------------------------------------
more_miss = [
    ("Infineon Technologies GmbH", "Infineon Technologies AG", "legal_form_differs", "DE register"),
    ("Deutsche Telekom GmbH", "Deutsche Telekom AG", "legal_form_differs", "DE register"),
    ("Merck GmbH", "Merck KGaA", "legal_form_differs", "DE register"),
    ("Henkel GmbH", "Henkel AG & Co. KGaA", "legal_form_differs", "DE register"),
    ("Thales GmbH", "Thales S.A.", "legal_form_differs", "DE subsidiary vs FR parent"),
    ("Leonardo GmbH", "Leonardo S.p.A.", "legal_form_differs", "DE subsidiary vs IT parent"),
    ("PAO Rosneft", "OOO Rosneft", "legal_form_differs", "RU register: parent vs LLC"),
    ("ООО Газпром", "ОАО Газпром", "legal_form_differs", "RU register"),
    ("AO Kaspersky", "OOO Kaspersky", "legal_form_differs", "RU register"),
    ("Bosch Sp. z o.o.", "Bosch S.A.", "legal_form_differs", "PL register"),
    ("Huawei Marine Networks", "Huawei Networks", "generic_words", "another company (HMN Tech)"),
    ("Inspur Power Commercial", "Inspur Power Systems", "generic_words", "made-up sibling names"),
    ("Tencent Music", "Tencent", "generic_words", "separate listed company"),
    ("Alibaba Cloud", "Alibaba Pictures", "generic_words", "two subsidiaries"),
    ("Sinopec Shanghai", "Sinochem Shanghai", "generic_words", "two SOEs"),
    ("China Mobile", "China Unicom", "generic_words", "two SOEs"),
    ("China Telecom", "China Tower", "generic_words", "two SOEs"),
    ("Beijing Sensetime", "Beijing Megvii", "generic_words", "two EL companies"),
    ("Shenzhen Huawei", "Shenzhen Hisilicon", "generic_words", "two EL companies"),
    ("Hangzhou Dahua", "Hangzhou Hikvision", "generic_words", "two EL companies"),
    ("Kim Jong Chol", "Kim Jong Un", "middle_name", "brother"),
    ("Ri Pyong Chol", "Ri Chol Man", "middle_name", "another person"),
    ("Choe Ryong Hae", "Choe Hwi", "middle_name", "another person"),
    ("Vladimir Putin", "Vladimir Potanin", "typo", "another oligarch"),
    ("Oleg Deripaska", "Oleg Tinkov", "middle_name", "another person"),
    ("Igor Sechin", "Igor Shuvalov", "middle_name", "another person"),
    ("Alisher Usmanov", "Alisher Navoi", "middle_name", "another person"),
    ("Roman Abramovich", "Roman Rotenberg", "middle_name", "another person"),
    ("Ростех", "Росатом", "script_cyrillic", "Rostec vs Rosatom"),
    ("Аэрофлот", "Аэроэкспресс", "script_cyrillic", "another company"),
    ("Сбербанк", "Совкомбанк", "script_cyrillic", "another bank"),
    ("华为", "华夏", "same_reading", "Huawei vs Huaxia: another company"),
    ("浪潮", "浪涛", "same_reading", "another word"),
    ("中芯国际", "中兴国际", "same_reading", "another company"),
    ("海康威视", "海信视像", "same_reading", "Hikvision vs Hisense Visual"),
    ("Haikang Weishi", "Hai Xin Shi Xiang", "romanisation", "Hikvision vs Hisense"),
    ("Hua Wei", "Hua Xia", "romanisation", "another company"),
    ("Zhongxing", "Zhongxin", "romanisation", "ZTE vs SMIC in pinyin"),
    ("Tsinghua Unigroup", "Peking Unigroup", "romanisation", "two universities' groups"),
    ("Khalid Mishal", "Khalid Mahmoud", "script_arabic", "another person"),
    ("Hizballah", "Hizb ut-Tahrir", "script_arabic", "another group"),
    ("Samsung", "Samyang", "script_korean", "another company (Latin)"),
    ("Kim Yong Chol", "Kim Yong Nam", "script_korean", "another person"),
    ("Hun Sen", "Hun Many", "script_khmer", "son"),
    ("Kun Kim", "Kem Sokha", "script_khmer", "another person"),
    ("4th Academy", "40th Academy", "numbers", "another academy"),
    ("Ninth Academy", "Nineteenth Academy", "numbers", "another academy"),
]
for s, l, c, src in more_miss:
    add(s, l, N, c, src)

w = sys.stdout
w.write("# screened\tlisted\tlabel\tclass\tsource (see make_name_pairs.py)\n")
for r in rows:
    for f in r:
        assert "\t" not in f and "\n" not in f
    w.write("\t".join(r) + "\n")
sys.stderr.write("%d pairs, %d matches\n" % (len(rows), sum(1 for r in rows if r[2] == M)))
