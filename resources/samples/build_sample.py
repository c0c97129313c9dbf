#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Build resources/samples/inf-tech-indosat.json from the five seed texts.

Usage: build_sample.py [SEED_DIR] [OUTPUT]

SEED_DIR defaults to ../shared/seeds beside the repository, OUTPUT to inf-tech-indosat.json next to this script.
Python 3 standard library only. The source texts are copied unchanged; every note excerpt is
looked up in its source and its start/length computed in Unicode code points (Python str
indexes). The script checks the result (references, excerpts, coverage) before writing.
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED_DIR = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "..", "shared", "seeds")
OUTPUT = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "inf-tech-indosat.json")

SEED_FILES = {
    "seed-000": "000_92543f45db7cf27a.txt",
    "seed-001": "001_a4d56408c1bd6e3f.txt",
    "seed-002": "002_bb27d22eb578d4ee.txt",
    "seed-003": "003_ecc99fa3d9abbb4b.txt",
    "seed-004": "004_804d9ef533cc9f46.txt",
}

# ---------------------------------------------------------------------------------------------
# Case
# ---------------------------------------------------------------------------------------------

CASE = {
    "title": "INF Tech / Indosat",
    "language": "en",
    "description": (
        "How the Shanghai start-up INF Tech gets remote access to about 2,300 Nvidia Blackwell "
        "(GB200) GPUs installed at Indosat Ooredoo Hutchison in Jakarta: Nvidia -> Aivres "
        "(California, suspected Inspur ties) -> Indosat (32 GB200 NVL72 racks, about USD 100 "
        "million, installed October 2025) -> INF Tech (cloud lease), as reported from a Wall Street "
        "Journal investigation. Related reports: planned data centres in Xinjiang and Qinghai "
        "counting on banned H100/H200 chips (Bloomberg), Nvidia resuming H20 sales to China "
        "(THE DECODER) and planned H200 orders by Alibaba and ByteDance (Reuters). Every fact is a "
        "claim of the publication named, with the confidence it states."
    ),
}

# ---------------------------------------------------------------------------------------------
# Sources
# ---------------------------------------------------------------------------------------------

SOURCES = [
    {
        "key": "seed-000",
        "title": "INF Tech rents 2,300 Nvidia Blackwell GPUs from Indosat in Jakarta",
        "language": "de",
        "publisher": "Wall Street Journal (German summary)",
    },
    {
        "key": "seed-001",
        "title": "Chinese AI Startup Accesses Banned GPUs via Telecom Loophole",
        "language": "en",
        "publisher": "Wall Street Journal (video transcript, retold)",
    },
    {
        "key": "seed-002",
        "title": "Planned data centres in Xinjiang and Qinghai count on banned Nvidia H100/H200 chips",
        "language": "de",
        "publisher": "Bloomberg (retold)",
    },
    {
        "key": "seed-003",
        "title": "Nvidia may export the H20 to China again",
        "language": "de",
        "publisher": "THE DECODER",
    },
    {
        "key": "seed-004",
        "title": "Alibaba and ByteDance want to order Nvidia H200 chips",
        "language": "de",
        "publisher": "Reuters (retold)",
        "date": "2025-12-10",
    },
]

# ---------------------------------------------------------------------------------------------
# Parties
# ---------------------------------------------------------------------------------------------

PARTIES = [
    {
        "key": "nvidia",
        "name": "NVIDIA",
        "aliases": ["Nvidia", "NVIDIA Corporation"],
        "role": "manufacturer",
        "incorporation_country": "US",
        "headquarters_country": "US",
        "description": (
            "US chip designer headquartered in Santa Clara, California (seed 004). Sold Blackwell "
            "chips to Aivres (WSJ) and says its export process was legal and checked for compliance."
        ),
        "confidence": "reported",
    },
    {
        "key": "aivres",
        "name": "Aivres",
        "role": "server_integrator",
        "incorporation_country": "US",
        "headquarters_country": "US",
        "description": (
            "AI server builder based in California; a US company, so it may buy Nvidia chips as long "
            "as it follows US export rules. Its ownership structure is not publicly disclosed; the "
            "WSJ reporting says it is suspected of ties to Inspur."
        ),
        "confidence": "reported",
    },
    {
        "key": "inspur",
        "name": "Inspur",
        "aliases": ["Inspur Group", "浪潮集团"],
        "role": "other",
        "incorporation_country": "CN",
        "headquarters_country": "CN",
        "description": (
            "Chinese conglomerate, previously put on the US Entity List for working with the Chinese "
            "military (as the WSJ reporting says). Suspected ties to Aivres."
        ),
        "confidence": "reported",
    },
    {
        "key": "indosat",
        "name": "Indosat Ooredoo Hutchison",
        "aliases": ["Indosat", "IOH"],
        "role": "telecom",
        "incorporation_country": "ID",
        "headquarters_country": "ID",
        "description": (
            "Indonesian telecommunications company (CEO Vikram Sinha). Bought 32 GB200 racks from "
            "Aivres, installed in Jakarta, and rents the compute to INF Tech. Not on the Entity List. "
            "The CEO says it works with customers in the US and China as long as international rules "
            "are fully met."
        ),
        "confidence": "reported",
    },
    {
        "key": "inf-tech",
        "name": "INF Tech",
        "role": "cloud_tenant",
        "incorporation_country": "CN",
        "headquarters_country": "CN",
        "description": (
            "Chinese AI start-up based in Shanghai, building AI applications for finance and "
            "healthcare; founded by Qi Yuan. Rents Blackwell GPU capacity from Indosat to train AI "
            "remotely. Not on the Entity List. INF Tech says its research has no military uses and "
            "that it follows US export controls."
        ),
        "confidence": "reported",
    },
    {
        "key": "fudan",
        "name": "Fudan University",
        "aliases": ["Fudan-Universität", "复旦大学"],
        "role": "university",
        "incorporation_country": "CN",
        "headquarters_country": "CN",
        "description": (
            "University in Shanghai; Qi Yuan is dean of its AI institute. Suspected of having been "
            "involved in negotiating the INF Tech-Indosat contract. Not on the Entity List."
        ),
        "confidence": "reported",
    },
    {
        "key": "qi-yuan",
        "name": "Qi Yuan",
        "role": "person",
        "description": (
            "Founder of INF Tech and dean of Fudan University's AI institute; described as a "
            "Chinese-American citizen. Countries are left empty because the sources give no "
            "residence or single nationality code."
        ),
        "confidence": "reported",
    },
    {
        "key": "nyocor",
        "name": "Nyocor",
        "role": "data_centre_operator",
        "headquarters_country": "CN",
        "description": (
            "Chinese energy company (Bloomberg). Plans to install 250 H100 servers (about 2,000 "
            "Nvidia chips) in the first phase of a data-centre project in Xinjiang or Qinghai and "
            "to rent the servers out, among others to Infinigence AI."
        ),
        "confidence": "reported",
    },
    {
        "key": "infinigence",
        "name": "Infinigence AI",
        "aliases": ["Infinigence", "无问芯穹"],
        "role": "cloud_tenant",
        "headquarters_country": "CN",
        "description": (
            "Company that, by its own account, wants to make computing power as available as "
            "electricity or water; planned tenant of Nyocor's H100 servers. The seed does not state "
            "its country; CN is general knowledge, not a claim of the source."
        ),
        "confidence": "reported",
    },
    {
        "key": "alibaba",
        "name": "Alibaba",
        "aliases": ["Alibaba Group", "阿里巴巴"],
        "role": "other",
        "headquarters_country": "CN",
        "description": (
            "Chinese online retailer (Reuters). Wants to order H200 chips from Nvidia in large "
            "volumes, according to insiders."
        ),
        "confidence": "reported",
    },
    {
        "key": "bytedance",
        "name": "ByteDance",
        "aliases": ["字节跳动"],
        "role": "other",
        "headquarters_country": "CN",
        "description": (
            "Chinese parent of TikTok (Reuters; the seed once misspells it \"ByteDane\"). Wants to "
            "order H200 chips from Nvidia in large volumes, according to insiders."
        ),
        "confidence": "reported",
    },
    {
        "key": "chinese-customers",
        "name": "Chinese customers (unnamed)",
        "role": "cloud_tenant",
        "headquarters_country": "CN",
        "description": (
            "Placeholder for the unnamed buyers in China of Nvidia's H20, for which Nvidia wants "
            "to resume sales (THE DECODER)."
        ),
        "confidence": "reported",
    },
]

# ---------------------------------------------------------------------------------------------
# Sites
# ---------------------------------------------------------------------------------------------

SITES = [
    {
        "key": "jakarta",
        "name": "Indosat GB200 installation, Jakarta",
        "country": "ID",
        "city": "Jakarta",
        "operator": "indosat",
        "description": (
            "Where the 32 GB200 NVL72 racks Indosat bought from Aivres were installed in October "
            "2025 and from which INF Tech rents GPU capacity. The sources name only the city; the "
            "exact data centre is not given. Indosat as operator follows from its ownership of the "
            "system and its rental service."
        ),
        "confidence": "reported",
    },
    {
        "key": "yiwu",
        "name": "Data-centre complex near Yiwu, Xinjiang (planned)",
        "country": "CN",
        "city": "Yiwu",
        "description": (
            "Planned mega-site at the edge of the Gobi desert near Yiwu in Xinjiang (Yiwu County, "
            "Hami, not the city of Yiwu in Zhejiang), promoted by local authorities; about 70 % of "
            "the planned computing power of the 39 Xinjiang/Qinghai projects is to be concentrated "
            "here, according to Bloomberg. The operator is not named."
        ),
        "confidence": "reported",
    },
    {
        "key": "nyocor-site",
        "name": "Nyocor data centre (Xinjiang/Qinghai, planned)",
        "country": "CN",
        "operator": "nyocor",
        "description": (
            "Nyocor's project, one of the 39 planned data centres in Xinjiang and Qinghai found by "
            "Bloomberg. The source gives neither the region nor the city; whether it is part of the "
            "complex near Yiwu is not stated."
        ),
        "confidence": "reported",
    },
]

# ---------------------------------------------------------------------------------------------
# Products (chip figures from /work/shared/rules/export_rules.json, "chips")
# ---------------------------------------------------------------------------------------------

PRODUCTS = [
    {
        "key": "b200",
        "name": "NVIDIA B200 (Blackwell GPU in GB200)",
        "kind": "chip",
        "vendor": "NVIDIA",
        "chip": {
            "tpp": 36000,
            "die_area_mm2": 1628,
            "performance_density": 22.11,
            "memory_bandwidth_gbps": 8000,
            "interconnect_gbps": 1800,
        },
        "description": (
            "Blackwell GPU as used in the GB200 superchip and the NVL72 rack. Figures from "
            "export_rules.json: its GB200 entry gives ranges (TPP 36,000-40,000, performance "
            "density 22.1-24.6, memory bandwidth 7,700-8,000 GB/s); the values here are the main "
            "values of its B200 entry (TPP 36,000 = 4,500 dense FP8 TOPS x 8; die area 1,628 mm2 "
            "is an estimate; PD 22.11; NVLink 1,800 GB/s; 8,000 GB/s HBM3e). 3A090.a either way."
        ),
        "confidence": "reported",
    },
    {
        "key": "gb200-nvl72",
        "name": "NVIDIA GB200 NVL72 rack",
        "kind": "system",
        "vendor": "NVIDIA",
        "contains": "b200",
        "chips_per_unit": 72,
        "description": "Server rack with 72 Blackwell GPUs (\"mit jeweils 72 GPUs\").",
        "confidence": "reported",
    },
    {
        "key": "h100",
        "name": "NVIDIA H100",
        "kind": "chip",
        "vendor": "NVIDIA",
        "chip": {
            "tpp": 15832,
            "die_area_mm2": 814,
            "performance_density": 19.45,
            "memory_bandwidth_gbps": 3350,
            "interconnect_gbps": 900,
        },
        "description": (
            "Hopper data-centre GPU; export to China without a US licence banned since 2022. "
            "Figures from the H100 SXM5 entry of export_rules.json."
        ),
        "confidence": "reported",
    },
    {
        "key": "h100-server",
        "name": "NVIDIA H100 server (8 GPUs)",
        "kind": "system",
        "vendor": "NVIDIA",
        "contains": "h100",
        "chips_per_unit": 8,
        "description": (
            "H100 server as in Nyocor's plan: 250 servers are said to equal about 2,000 chips, "
            "i.e. 8 GPUs per server (an HGX-type 8-GPU board). The source does not name a "
            "server vendor."
        ),
        "confidence": "reported",
    },
    {
        "key": "h20",
        "name": "NVIDIA H20",
        "kind": "chip",
        "vendor": "NVIDIA",
        "chip": {
            "tpp": 2368,
            "die_area_mm2": 814,
            "performance_density": 2.91,
            "memory_bandwidth_gbps": 4000,
            "interconnect_gbps": 900,
        },
        "description": (
            "Cut-down Hopper GPU designed for the Chinese market to meet earlier export rules; "
            "sales banned in spring 2025. Figures from the H20 (HGX) entry of export_rules.json."
        ),
        "confidence": "reported",
    },
    {
        "key": "h200",
        "name": "NVIDIA H200",
        "kind": "chip",
        "vendor": "NVIDIA",
        "chip": {
            "tpp": 15832,
            "die_area_mm2": 814,
            "performance_density": 19.45,
            "memory_bandwidth_gbps": 4800,
            "interconnect_gbps": 900,
        },
        "description": (
            "Hopper GPU with HBM3e. The Reuters retelling calls it a cut-down variant of "
            "Blackwell; technically it belongs to the earlier Hopper generation. Reaches China via "
            "the grey market. Figures from the H200 SXM entry of export_rules.json."
        ),
        "confidence": "reported",
    },
]

# ---------------------------------------------------------------------------------------------
# Links
# ---------------------------------------------------------------------------------------------

LINKS = [
    {
        "key": "nvidia-aivres-b200",
        "kind": "sale",
        "from": "nvidia",
        "to": "aivres",
        "product": "b200",
        "ship_from_country": "US",
        "ship_to_country": "US",
        "description": (
            "Nvidia sold Blackwell chips to Aivres; the chain began in the US. No quantity or date "
            "given. Ship-to US follows from Aivres being a US company in California. Nvidia says "
            "the export process was legal and fully checked for compliance."
        ),
        "confidence": "reported",
    },
    {
        "key": "aivres-indosat-gb200",
        "kind": "sale",
        "from": "aivres",
        "to": "indosat",
        "product": "gb200-nvl72",
        "quantity": 32,
        "value": 100000000,
        "currency": "USD",
        "date_from": "2025-10",
        "site": "jakarta",
        "ship_from_country": "US",
        "ship_to_country": "ID",
        "description": (
            "32 GB200 racks of 72 GPUs each (2,304 Blackwell GPUs) for about USD 100 million "
            "(\"etwa\", \"approximately\"); installed in Jakarta in October 2025. Bought only after "
            "Indosat had signed INF Tech as a customer. Ship-from US is assumed from Aivres being a "
            "US company; the sources do not say where the racks were shipped from."
        ),
        "confidence": "reported",
    },
    {
        "key": "indosat-inftech-contract",
        "kind": "contract",
        "from": "indosat",
        "to": "inf-tech",
        "description": (
            "Indosat signed a contract with INF Tech as a Chinese customer before buying the "
            "equipment from Aivres (so before October 2025; no date given). The English retelling "
            "says Aivres found the customer for Indosat. Fudan University is suspected of having "
            "been involved in the negotiations."
        ),
        "confidence": "reported",
    },
    {
        "key": "indosat-inftech-lease",
        "kind": "lease",
        "from": "indosat",
        "to": "inf-tech",
        "product": "b200",
        "quantity": 2300,
        "date_from": "2025-10",
        "site": "jakarta",
        "description": (
            "Remote cloud access: INF Tech uses Indosat's server-rental service to train AI "
            "remotely, without importing the hardware. The sources say 2,300 GPUs while the racks "
            "sold to Indosat add up to 2,304 (32 x 72); the sources' figure is kept. The start date "
            "is the installation in Jakarta (October 2025); the lease itself is not dated."
        ),
        "confidence": "reported",
    },
    {
        "key": "aivres-inspur",
        "kind": "affiliation",
        "from": "aivres",
        "to": "inspur",
        "description": (
            "Aivres is suspected of (\"steht im Verdacht\") / believed to have ties to Inspur; the "
            "nature of the ties and Aivres' ownership are not disclosed in the sources."
        ),
        "confidence": "suspected",
    },
    {
        "key": "qiyuan-inftech-founder",
        "kind": "founder",
        "from": "qi-yuan",
        "to": "inf-tech",
        "description": "Qi Yuan founded INF Tech.",
        "confidence": "reported",
    },
    {
        "key": "qiyuan-fudan-dean",
        "kind": "founder",
        "from": "qi-yuan",
        "to": "fudan",
        "description": (
            "Employment, not founding: Qi Yuan is dean of Fudan University's AI institute "
            "(link kind 'founder' covers founder or employment)."
        ),
        "confidence": "reported",
    },
    {
        "key": "fudan-inftech",
        "kind": "affiliation",
        "from": "fudan",
        "to": "inf-tech",
        "description": (
            "Fudan University is suspected of having been involved in negotiating the contract "
            "between INF Tech and Indosat; its founder Qi Yuan is dean of Fudan's AI institute."
        ),
        "confidence": "suspected",
    },
    {
        "key": "nyocor-infinigence-lease",
        "kind": "lease",
        "from": "nyocor",
        "to": "infinigence",
        "product": "h100-server",
        "quantity": 250,
        "site": "nyocor-site",
        "description": (
            "Planned, not yet in place: Nyocor wants to install 250 H100 servers (about 2,000 "
            "chips) in the first phase and rent them out, among others to Infinigence AI. How the "
            "banned chips would be obtained is not stated; Bloomberg found no evidence of central "
            "procurement."
        ),
        "confidence": "reported",
    },
    {
        "key": "nvidia-alibaba-h200",
        "kind": "sale",
        "from": "nvidia",
        "to": "alibaba",
        "product": "h200",
        "date_from": "2025-12",
        "ship_to_country": "CN",
        "description": (
            "Planned order, not yet a sale: according to insiders (Reuters, 2025-12-10) Alibaba "
            "wants to order H200 chips in large volumes after the US president held out export "
            "approvals. Whether Beijing will allow the import was unclear."
        ),
        "confidence": "reported",
    },
    {
        "key": "nvidia-bytedance-h200",
        "kind": "sale",
        "from": "nvidia",
        "to": "bytedance",
        "product": "h200",
        "date_from": "2025-12",
        "ship_to_country": "CN",
        "description": (
            "Planned order, not yet a sale: according to insiders (Reuters, 2025-12-10) ByteDance "
            "wants to order H200 chips in large volumes after the US president held out export "
            "approvals. Whether Beijing will allow the import was unclear."
        ),
        "confidence": "reported",
    },
    {
        "key": "nvidia-h20-china",
        "kind": "sale",
        "from": "nvidia",
        "to": "chinese-customers",
        "product": "h20",
        "ship_to_country": "CN",
        "description": (
            "Nvidia resumes H20 sales to China after the spring 2025 ban; it relies on US "
            "government assurances that export licences will be granted. The source gives no date "
            "and no customers; Reuters (seed 004) calls the H20 the only model so far legally "
            "available in China."
        ),
        "confidence": "reported",
    },
]

# ---------------------------------------------------------------------------------------------
# Notes: (key, source, excerpt, translation_of, claims); a claim is (subject, key[, attribute])
# ---------------------------------------------------------------------------------------------

NOTES = [
    # --- seed-000: WSJ investigation, German summary ------------------------------------------
    ("n000-lease", "seed-000",
     "Einer Untersuchung des Wall Street Journal zufolge erhielt das chinesische Startup INF Tech "
     "mit Sitz in Shanghai legalen Zugang zu 2.300 Nvidia Blackwell (GB200) KI-GPUs, deren Verkauf "
     "an China verboten ist, indem es Rechenkapazität von dem indonesischen "
     "Telekommunikationsunternehmen Indosat Ooredoo Hutchison mietete.",
     None,
     [("link", "indosat-inftech-lease"), ("link", "indosat-inftech-lease", "quantity"),
      ("link", "indosat-inftech-lease", "product"), ("party", "inf-tech"), ("party", "indosat"),
      ("product", "b200")]),
    ("n000-inftech-focus", "seed-000",
     "INF Tech ist spezialisiert auf die Entwicklung von KI-Anwendungen im Finanz- und "
     "Gesundheitswesen",
     None,
     [("party", "inf-tech")]),
    ("n000-founder", "seed-000",
     "wurde von Qi Yuan – einem chinesisch-amerikanischen Bürger und Dekan des KI-Instituts der "
     "Fudan-Universität – gegründet.",
     None,
     [("party", "qi-yuan"), ("link", "qiyuan-inftech-founder"), ("link", "qiyuan-fudan-dean"),
      ("party", "fudan")]),
    ("n000-fudan-negotiation", "seed-000",
     "Die Fudan-Universität steht im Verdacht, in den Verhandlungsprozess des Vertrags zwischen "
     "INF Tech und Indosat involviert gewesen zu sein.",
     None,
     [("link", "fudan-inftech"), ("party", "fudan"), ("link", "indosat-inftech-contract")]),
    ("n000-chain", "seed-000",
     "Die Transaktionskette begann in den USA: Nvidia verkaufte Blackwell-Chips an Aivres, einen "
     "Partner für die Herstellung von KI-Servern.",
     None,
     [("link", "nvidia-aivres-b200"), ("link", "nvidia-aivres-b200", "product"),
      ("link", "nvidia-aivres-b200", "ship_from_country"), ("party", "nvidia"),
      ("party", "aivres")]),
    ("n000-aivres-inspur", "seed-000",
     "Aivres hat seinen Sitz in Kalifornien und steht im Verdacht, Verbindungen zu Inspur zu haben "
     "– einem chinesischen Konglomerat, das zuvor wegen der Zusammenarbeit mit dem chinesischen "
     "Militär auf die US-Entity-List (Sanktionsliste) gesetzt wurde.",
     None,
     [("link", "aivres-inspur"), ("party", "aivres"), ("party", "inspur")]),
    ("n000-aivres-us", "seed-000",
     "Da Aivres jedoch ein US-Unternehmen ist, handelt es legal, solange es die "
     "Exportbestimmungen einhält.",
     None,
     [("party", "aivres"), ("party", "aivres", "incorporation_country")]),
    ("n000-racks", "seed-000",
     "Aivres verkaufte anschließend 32 Nvidia GB200-Server-Racks (mit jeweils 72 GPUs) an Indosat, "
     "im Gesamtwert von etwa 100 Millionen US-Dollar, was 2.304 Blackwell-GPUs entspricht.",
     None,
     [("link", "aivres-indosat-gb200"), ("link", "aivres-indosat-gb200", "quantity"),
      ("link", "aivres-indosat-gb200", "value"), ("link", "aivres-indosat-gb200", "product"),
      ("product", "gb200-nvl72"), ("product", "gb200-nvl72", "chips_per_unit")]),
    ("n000-installed", "seed-000",
     "Dieses System wurde im Oktober 2025 in Jakarta installiert.",
     None,
     [("link", "aivres-indosat-gb200", "date"), ("link", "aivres-indosat-gb200", "site"),
      ("link", "indosat-inftech-lease", "date"), ("link", "indosat-inftech-lease", "site"),
      ("site", "jakarta")]),
    ("n000-contract", "seed-000",
     "Indosat hatte zuvor einen Vertrag mit INF Tech als chinesischem Kunden unterzeichnet – und "
     "erst dann die Ausrüstung von Aivres gekauft.",
     None,
     [("link", "indosat-inftech-contract"), ("link", "aivres-indosat-gb200")]),
    ("n000-remote", "seed-000",
     "Quellen zufolge nutzt INF Tech den Servermietdienst von Indosat, um KI remote zu trainieren, "
     "was legal ist, da es die US-Hardware nicht direkt importiert.",
     None,
     [("link", "indosat-inftech-lease")]),
    ("n000-entity-list", "seed-000",
     "Weder INF Tech, Indosat noch die Fudan-Universität stehen auf der Entity List",
     None,
     [("party", "inf-tech"), ("party", "indosat"), ("party", "fudan")]),
    ("n000-nvidia-statement", "seed-000",
     "Nvidia bekräftigte, dass der Exportprozess legal und vollständig auf Einhaltung der "
     "Vorschriften geprüft wurde.",
     None,
     [("link", "nvidia-aivres-b200"), ("party", "nvidia")]),
    ("n000-indosat-ceo", "seed-000",
     "Der CEO von Indosat, Vikram Sinha, erklärte, das Unternehmen „arbeite mit globalen Kunden, "
     "einschließlich den USA und China, zusammen, sofern die internationalen Vorschriften "
     "vollständig eingehalten werden.“",
     None,
     [("party", "indosat")]),

    # --- seed-001: WSJ investigation, English video transcript --------------------------------
    ("n001-lease", "seed-001",
     "A recent investigation by the Wall Street Journal has uncovered that a Shanghai-based AI "
     "startup named INF Tech has accessed 2,300 banned Nvidia Blackwell GPUs by exploiting a "
     "loophole in telecommunications regulations.",
     "n000-lease",
     [("link", "indosat-inftech-lease"), ("link", "indosat-inftech-lease", "quantity"),
      ("link", "indosat-inftech-lease", "product"), ("party", "inf-tech"), ("product", "b200")]),
    ("n001-inftech-focus", "seed-001",
     "INF Tech, which focuses on developing AI solutions for finance and healthcare",
     "n000-inftech-focus",
     [("party", "inf-tech")]),
    ("n001-chain", "seed-001",
     "According to the report, Nvidia sells its latest chips to Aivres, a partner that builds AI "
     "servers",
     "n000-chain",
     [("link", "nvidia-aivres-b200"), ("party", "nvidia"), ("party", "aivres")]),
    ("n001-aivres-inspur", "seed-001",
     "which is believed to have ties to Inspur, a Chinese company previously blacklisted by the "
     "U.S. government for its military connections.",
     "n000-aivres-inspur",
     [("link", "aivres-inspur"), ("party", "aivres"), ("party", "inspur")]),
    ("n001-aivres-us", "seed-001",
     "Although the ownership structure of Aivres is not publicly disclosed, its status as a "
     "U.S.-based company means it can navigate around export restrictions if it complies with "
     "U.S. export rules.",
     "n000-aivres-us",
     [("party", "aivres"), ("party", "aivres", "incorporation_country")]),
    ("n001-racks", "seed-001",
     "The Indonesian telecommunications company, Indosat Ooredoo Hutchison, acquired 32 Nvidia "
     "GB200 server racks from Aivres, each containing 72 Blackwell chips, totaling 2,304 GPUs.",
     "n000-racks",
     [("link", "aivres-indosat-gb200"), ("link", "aivres-indosat-gb200", "quantity"),
      ("link", "aivres-indosat-gb200", "product"), ("product", "gb200-nvl72"),
      ("product", "gb200-nvl72", "chips_per_unit"), ("party", "indosat")]),
    ("n001-value", "seed-001",
     "This deal, valued at approximately $100 million",
     "n000-racks",
     [("link", "aivres-indosat-gb200", "value")]),
    ("n001-customer", "seed-001",
     "was reportedly facilitated by Aivres finding a customer for Indosat, leading to INF Tech's "
     "involvement.",
     "n000-contract",
     [("link", "indosat-inftech-contract"), ("link", "aivres-indosat-gb200")]),
    ("n001-installed", "seed-001",
     "The purchase and installation of these servers in Jakarta were completed as of October 2025.",
     "n000-installed",
     [("link", "aivres-indosat-gb200", "date"), ("link", "aivres-indosat-gb200", "site"),
      ("link", "indosat-inftech-lease", "date"), ("link", "indosat-inftech-lease", "site"),
      ("site", "jakarta")]),
    ("n001-entity-list", "seed-001",
     "Notably, none of the parties involved, including Indosat and INF Tech, are listed on the "
     "U.S. Entity List",
     "n000-entity-list",
     [("party", "inf-tech"), ("party", "indosat")]),
    ("n001-nvidia-statement", "seed-001",
     "A spokesperson for Nvidia stated that their compliance team thoroughly evaluates partners "
     "before shipments are made.",
     "n000-nvidia-statement",
     [("link", "nvidia-aivres-b200"), ("party", "nvidia")]),
    ("n001-inftech-statement", "seed-001",
     "Furthermore, INF Tech has confirmed that their research does not involve military "
     "applications and that they adhere to U.S. export controls.",
     None,
     [("party", "inf-tech")]),
    ("n001-indosat-ceo", "seed-001",
     "Indosat's CEO, Vikram Sinha, emphasized that their operations comply with regulations for "
     "all customers, whether they are U.S. or Chinese entities.",
     "n000-indosat-ceo",
     [("party", "indosat")]),

    # --- seed-002: Bloomberg research, retold (German) ----------------------------------------
    ("n002-39-centres", "seed-002",
     "Laut einer Recherche von Bloomberg sollen 39 geplante Rechenzentren in Xinjiang und Qinghai "
     "insgesamt mehr als 115.000 Nvidia H100- oder H200-Chips einsetzen – beides Modelle, deren "
     "Export in die Volksrepublik seit 2022 ohne US-Lizenz verboten ist.",
     None,
     [("product", "h100"), ("product", "h200"), ("site", "nyocor-site"),
      ("site", "nyocor-site", "country")]),
    ("n002-nyocor", "seed-002",
     "Ein besonders ambitioniertes Projekt stammt von Nyocor, einem chinesischen Energieunternehmen, "
     "das in der ersten Ausbaustufe 250 H100-Server installieren will – das entspricht rund 2.000 "
     "Nvidia-Chips.",
     None,
     [("party", "nyocor"), ("site", "nyocor-site"), ("link", "nyocor-infinigence-lease", "quantity"),
      ("link", "nyocor-infinigence-lease", "product"), ("product", "h100-server"),
      ("product", "h100-server", "chips_per_unit")]),
    ("n002-infinigence", "seed-002",
     "Die Server sollen unter anderem an Infinigence AI vermietet werden, eine Firma, die laut "
     "eigenen Angaben Rechenleistung so verfügbar machen will wie Strom oder Wasser.",
     None,
     [("link", "nyocor-infinigence-lease"), ("party", "infinigence")]),
    ("n002-yiwu-share", "seed-002",
     "Rund 70 Prozent der geplanten Rechenleistung sollen laut Bloomberg in einem einzigen, von "
     "lokalen Behörden geförderten Rechenzentrumskomplex in Xinjiang gebündelt werden.",
     None,
     [("site", "yiwu")]),
    ("n002-yiwu", "seed-002",
     "Dieser Mega-Standort entsteht am Rand der Wüste Gobi in der Nähe von Yiwu und soll mit "
     "Tausenden Hochleistungs-GPUs ausgestattet werden.",
     None,
     [("site", "yiwu"), ("site", "yiwu", "city")]),
    ("n002-no-evidence", "seed-002",
     "Bloomberg konnte keine Belege für eine zentrale Beschaffung dieser Mengen finden",
     None,
     [("site", "yiwu"), ("site", "nyocor-site"), ("link", "nyocor-infinigence-lease")]),

    # --- seed-003: THE DECODER (German) --------------------------------------------------------
    ("n003-resume", "seed-003",
     "Nvidia will den Verkauf seines H20-KI-Beschleunigerchips nach China wieder aufnehmen. Das "
     "Unternehmen beruft sich auf Zusicherungen der US-Regierung, wonach entsprechende "
     "Exportlizenzen genehmigt würden.",
     None,
     [("link", "nvidia-h20-china"), ("link", "nvidia-h20-china", "ship_to_country"),
      ("party", "chinese-customers"), ("product", "h20"), ("party", "nvidia")]),
    ("n003-h20", "seed-003",
     "Der H20 ist eine abgeschwächte Version von Nvidias leistungsfähigsten KI-Chips und wurde "
     "eigens für den chinesischen Markt entwickelt, um frühere Exportauflagen zu erfüllen.",
     None,
     [("product", "h20")]),
    ("n003-ban", "seed-003",
     "Dennoch wurde der Vertrieb im Frühjahr ebenfalls untersagt, was Nvidia nach eigenen Angaben "
     "Milliardenverluste durch unverkaufte Lagerbestände einbrachte.",
     None,
     [("link", "nvidia-h20-china"), ("product", "h20")]),

    # --- seed-004: Reuters, retold (German) ----------------------------------------------------
    ("n004-date", "seed-004",
     "date 2025-12-10",
     None,
     [("link", "nvidia-alibaba-h200", "date"), ("link", "nvidia-bytedance-h200", "date")]),
    ("n004-order", "seed-004",
     "Der chinesische Online-Händler Alibaba und die TikTok-Mutter ByteDance wollen Insidern "
     "zufolge beim US-Chipkonzern Nvidia in großem Stil KI-Prozessoren bestellen.",
     None,
     [("link", "nvidia-alibaba-h200"), ("link", "nvidia-bytedance-h200"), ("party", "alibaba"),
      ("party", "bytedance"), ("party", "nvidia")]),
    ("n004-h200-interest", "seed-004",
     "Sie seien an Chips vom Typ H200 interessiert, für die US-Präsident Donald Trump "
     "Exportgenehmigungen in Aussicht gestellt hatte",
     None,
     [("link", "nvidia-alibaba-h200", "product"), ("link", "nvidia-bytedance-h200", "product"),
      ("product", "h200")]),
    ("n004-h200", "seed-004",
     "Der H200 ist eine abgespeckte Variante des aktuell stärksten Nvidia-Prozessors Blackwell.",
     None,
     [("product", "h200")]),
    ("n004-h20", "seed-004",
     "Er ist um ein Vielfaches schneller als das bisher einzige legal in der Volksrepublik "
     "erhältliche Modell H20.",
     None,
     [("product", "h20"), ("link", "nvidia-h20-china")]),
    ("n004-grey-market", "seed-004",
     "Einige chinesische Unternehmen und Forschungseinrichtungen haben dennoch bereits jetzt "
     "Zugriff auf H200-Chips. Diese gelangen über den Graumarkt nach China.",
     None,
     [("product", "h200")]),
    ("n004-import", "seed-004",
     "Unklar war zudem, ob und in welchem Umfang die chinesische Regierung den Import von "
     "H200-Chips genehmigen wird.",
     None,
     [("link", "nvidia-alibaba-h200", "ship_to_country"),
      ("link", "nvidia-bytedance-h200", "ship_to_country")]),
    ("n004-nvidia-hq", "seed-004",
     "Der Halbleiterkonzern mit Sitz im kalifornischen Santa Clara",
     None,
     [("party", "nvidia"), ("party", "nvidia", "headquarters_country")]),
]

# ---------------------------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------------------------

KEY_RE = re.compile(r"^[a-z0-9._-]{1,64}$")
CONFIDENCES = {"confirmed", "reported", "suspected", "disputed", "denied"}
ROLES = {"manufacturer", "server_integrator", "distributor", "telecom", "cloud_provider",
         "data_centre_operator", "cloud_tenant", "investor", "university", "government_body",
         "person", "other"}
LINK_KINDS = {"sale", "shipment", "lease", "ownership", "contract", "affiliation", "founder"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def build():
    texts = {}
    sources = []
    for src in SOURCES:
        path = os.path.join(SEED_DIR, SEED_FILES[src["key"]])
        with open(path, encoding="utf-8") as f:
            text = f.read()
        with open(path, "rb") as f:
            assert f.read() == text.encode("utf-8"), path
        texts[src["key"]] = text
        sources.append(dict(src, text=text))

    notes = []
    for key, source, excerpt, translation_of, claims in NOTES:
        text = texts[source]
        count = text.count(excerpt)
        if count != 1:
            raise SystemExit(f"note {key}: excerpt found {count} times in {source}: {excerpt!r}")
        start = text.index(excerpt)
        note = {
            "key": key,
            "source": source,
            "start": start,
            "length": len(excerpt),
            "excerpt": excerpt,
            "claims": [],
        }
        if translation_of:
            note["translation_of"] = translation_of
        for claim in claims:
            c = {"subject": claim[0], "key": claim[1]}
            if len(claim) > 2:
                c["attribute"] = claim[2]
            note["claims"].append(c)
        notes.append(note)

    return {
        "format": "chiptrail-case",
        "format_version": 1,
        "case": CASE,
        "parties": PARTIES,
        "sites": SITES,
        "products": PRODUCTS,
        "links": LINKS,
        "sources": sources,
        "notes": notes,
    }


def check(doc):
    keys = {}
    for array in ("parties", "sites", "products", "links", "sources", "notes"):
        seen = set()
        for i, rec in enumerate(doc[array]):
            k = rec["key"]
            assert KEY_RE.match(k), f"$.{array}[{i}].key {k!r}"
            assert k not in seen, f"duplicate key {k} in {array}"
            seen.add(k)
            for field, value in rec.items():
                assert value not in ("", [], {}, None), f"$.{array}[{i}].{field} is empty"
            if "confidence" in rec:
                assert rec["confidence"] in CONFIDENCES
            for attr, conf in rec.get("attribute_confidence", {}).items():
                assert conf in CONFIDENCES and conf != rec.get("confidence", "reported")
        keys[array] = seen

    for p in doc["parties"]:
        assert p["role"] in ROLES, p["key"]
        for f in ("incorporation_country", "headquarters_country"):
            if f in p:
                assert re.match(r"^[A-Z]{2}$", p[f])
    for s in doc["sites"]:
        assert re.match(r"^[A-Z]{2}$", s["country"])
        if "operator" in s:
            assert s["operator"] in keys["parties"], s["key"]
    for pr in doc["products"]:
        assert pr["kind"] in ("chip", "system")
        if pr["kind"] == "system":
            assert pr["contains"] in keys["products"]
            assert isinstance(pr["chips_per_unit"], int)
            assert next(x for x in doc["products"] if x["key"] == pr["contains"])["kind"] == "chip"
        else:
            assert "contains" not in pr and "chips_per_unit" not in pr
    for ln in doc["links"]:
        assert ln["kind"] in LINK_KINDS
        assert ln["from"] in keys["parties"] and ln["to"] in keys["parties"], ln["key"]
        if "product" in ln:
            assert ln["product"] in keys["products"], ln["key"]
        if "site" in ln:
            assert ln["site"] in keys["sites"], ln["key"]
        if "quantity" in ln:
            assert isinstance(ln["quantity"], int)
        for f in ("date_from", "date_to"):
            if f in ln:
                assert DATE_RE.match(ln[f]), ln["key"]
        for f in ("ship_from_country", "ship_to_country"):
            if f in ln:
                assert re.match(r"^[A-Z]{2}$", ln[f])
    texts = {}
    for s in doc["sources"]:
        assert s["language"] in ("de", "en")
        if "date" in s:
            assert DATE_RE.match(s["date"])
        texts[s["key"]] = s["text"]

    subject_arrays = {"party": "parties", "site": "sites", "product": "products", "link": "links"}
    covered = {a: set() for a in subject_arrays.values()}
    cited = set()
    note_source = {n["key"]: n["source"] for n in doc["notes"]}
    for n in doc["notes"]:
        text = texts[n["source"]]
        assert text[n["start"]:n["start"] + n["length"]] == n["excerpt"], n["key"]
        assert isinstance(n["start"], int) and isinstance(n["length"], int)
        cited.add(n["source"])
        if "translation_of" in n:
            other = n["translation_of"]
            assert other in note_source and other != n["key"], n["key"]
            assert doc["sources"][[s["key"] for s in doc["sources"]].index(note_source[other])][
                "language"] != doc["sources"][[s["key"] for s in doc["sources"]].index(
                    n["source"])]["language"], n["key"]
        assert n["claims"], n["key"]
        for c in n["claims"]:
            array = subject_arrays[c["subject"]]
            assert c["key"] in keys[array], (n["key"], c)
            covered[array].add(c["key"])
    for array, seen in covered.items():
        missing = keys[array] - seen
        assert not missing, f"{array} without a note: {sorted(missing)}"
    assert cited == keys["sources"], f"uncited sources: {keys['sources'] - cited}"


def main():
    doc = build()
    check(doc)
    out = json.dumps(doc, ensure_ascii=False, indent=4, sort_keys=True) + "\n"
    # Round trip: the written file must parse back to the same document.
    assert json.loads(out) == doc
    with open(OUTPUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(out)
    print(f"wrote {OUTPUT}: {len(doc['parties'])} parties, {len(doc['sites'])} sites, "
          f"{len(doc['products'])} products, {len(doc['links'])} links, "
          f"{len(doc['sources'])} sources, {len(doc['notes'])} notes")


if __name__ == "__main__":
    main()
