#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads ChipTrail's GEXF and GraphML exports with networkx (Debian's python3-networkx) and checks
them against the case itself: every party a node, every link an edge (parallel links kept), the
labels, kinds, dates and verdicts that `chiptrail-cli export --format json` and `check` give, and
the same canvas place in both files.

Usage: graphformats_networkx.py CHIPTRAIL-CLI WORK-DIR
"""
import datetime
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import networkx as nx
from networkx.readwrite import gexf as nxgexf

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def run(cli, *args):
    result = subprocess.run([cli, *args], capture_output=True, text=True)
    if result.returncode not in (0, 3):  # check exits 3 when a licence is required
        sys.exit(f"{' '.join(args)}: exit {result.returncode}\n{result.stderr}")
    return result.stdout


def first_day(partial):
    parts = partial.split("-")
    return datetime.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1,
                         int(parts[2]) if len(parts) > 2 else 1).isoformat()


def main():
    cli, work = sys.argv[1], sys.argv[2]
    os.makedirs(work, exist_ok=True)
    sample = os.path.join(work, "sample.chiptrail")
    for stale in os.listdir(work):
        os.remove(os.path.join(work, stale))
    run(cli, "import", "--sample", sample)

    # A second sale between the same two parties, with a month only: parallel edges must stay
    # two edges, and a partial date must become its first day.
    case = json.loads(run(cli, "export", sample))
    twin = dict(next(link for link in case["links"] if link.get("date_from")))
    twin["key"] = twin["key"] + "-second"
    twin["date_from"] = "2026-02"
    twin["date_to"] = "2026-03-15"
    case["links"].append(twin)
    case_json = os.path.join(work, "case.json")
    with open(case_json, "w", encoding="utf-8") as f:
        json.dump(case, f)
    path = os.path.join(work, "parallel.chiptrail")
    run(cli, "import", case_json, path)
    case = json.loads(run(cli, "export", path))
    findings = json.loads(run(cli, "check", path, "--format", "json"))
    verdicts = {f["link"]: f["verdict"] for f in findings["links"]}

    gexf_path = os.path.join(work, "case.gexf")
    graphml_path = os.path.join(work, "case.graphml")
    run(cli, "export", path, "--format", "gexf", "-o", gexf_path)
    run(cli, "export", path, "--format", "graphml", "-o", graphml_path)

    # Debian 12's networkx (2.8) knows GEXF up to 1.2draft; 1.3 differs in the namespaces only
    # for what is read here, so the reader is told them (newer networkx knows "1.3" itself).
    if "1.3" not in nxgexf.GEXF.versions:
        nxgexf.GEXF.versions["1.3"] = {
            "NS_GEXF": "http://gexf.net/1.3",
            "NS_VIZ": "http://gexf.net/1.3/viz",
            "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
            "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
            "VERSION": "1.3",
        }
    gexf = nx.read_gexf(gexf_path, version="1.3")
    graphml = nx.read_graphml(graphml_path)

    parties = {p["key"]: p for p in case["parties"]}
    links = {l["key"]: l for l in case["links"]}
    for name, graph in (("GEXF", gexf), ("GraphML", graphml)):
        check(graph.is_multigraph(), f"{name}: parallel links were merged (not a multigraph)")
        check(graph.number_of_nodes() == len(parties),
              f"{name}: {graph.number_of_nodes()} nodes, the case has {len(parties)} parties")
        check(graph.number_of_edges() == len(links),
              f"{name}: {graph.number_of_edges()} edges, the case has {len(links)} links")
        node_by_key = {}
        for node, attrs in graph.nodes(data=True):
            key = attrs.get("case_key")
            check(key in parties, f"{name}: node {node} has unknown key {key!r}")
            if key not in parties:
                continue
            node_by_key[key] = node
            party = parties[key]
            check(attrs.get("label") == party["name"], f"{name}: {key}: label {attrs.get('label')!r}")
            check(attrs.get("role") == party["role"], f"{name}: {key}: role {attrs.get('role')!r}")
            check(attrs.get("screening") in ("match", "possible", "none"), f"{name}: {key}: screening")
        edge_ids = set()
        # The edge ids (l1, l2 …) are the multigraph's edge keys in both readers.
        for source, target, edge_id, attrs in graph.edges(keys=True, data=True):
            key = attrs.get("case_key")
            check(key in links, f"{name}: edge {source}->{target} has unknown key {key!r}")
            if key not in links:
                continue
            link = links[key]
            edge_ids.add(edge_id)
            check(source == node_by_key.get(link["from"]) and target == node_by_key.get(link["to"]),
                  f"{name}: {key}: ends {source}->{target}")
            check(attrs.get("kind") == link["kind"], f"{name}: {key}: kind {attrs.get('kind')!r}")
            check(attrs.get("verdict") == verdicts.get(key),
                  f"{name}: {key}: verdict {attrs.get('verdict')!r}, check says {verdicts.get(key)!r}")
            check(attrs.get("date_from") == link.get("date_from"), f"{name}: {key}: date_from {attrs.get('date_from')!r}")
            start = attrs.get("start")
            if link.get("date_from"):
                check(start == first_day(link["date_from"]), f"{name}: {key}: start {start!r}")
            else:
                check(start is None, f"{name}: {key}: start {start!r} for an undated link")
            if link.get("date_to"):
                check(attrs.get("end") == first_day(link["date_to"]), f"{name}: {key}: end {attrs.get('end')!r}")
            if "quantity" in link:
                check(int(attrs.get("quantity", -1)) == link["quantity"], f"{name}: {key}: quantity")
        check(len(edge_ids) == len(links), f"{name}: edge ids are not unique: {len(edge_ids)}")

    # One place per party, the same in both files (GEXF's y axis points up), cards apart.
    places = {}
    for node, attrs in gexf.nodes(data=True):
        pos = attrs["viz"]["position"]
        places[attrs["case_key"]] = (float(pos["x"]), -float(pos["y"]))
    check(len(set(places.values())) == len(places), f"GEXF: parties share a place: {places}")
    for node, attrs in graphml.nodes(data=True):
        x, y = float(attrs["x"]), float(attrs["y"])
        gx, gy = places[attrs["case_key"]]
        check(abs(x - gx) < 0.01 and abs(y - gy) < 0.01,
              f"{attrs['case_key']}: GraphML place ({x}, {y}), GEXF place ({gx}, {gy})")
        colour = gexf.nodes[node]["viz"]["color"]
        check(attrs["color"] == "#%02X%02X%02X" % (colour["r"], colour["g"], colour["b"]),
              f"{attrs['case_key']}: GraphML colour {attrs['color']}, GEXF colour {colour}")

    # yEd's graphics: geometry is the card's top left corner, so its centre is the place.
    ns = {"g": "http://graphml.graphdrawing.org/xmlns", "y": "http://www.yworks.com/xml/graphml"}
    root = ET.parse(graphml_path).getroot()
    for node in root.iterfind(".//g:node", ns):
        geometry = node.find(".//y:ShapeNode/y:Geometry", ns)
        label = node.find(".//y:ShapeNode/y:NodeLabel", ns)
        check(geometry is not None and label is not None, f"GraphML: node {node.get('id')} without yEd graphics")
        if geometry is None:
            continue
        centre = (float(geometry.get("x")) + float(geometry.get("width")) / 2,
                  float(geometry.get("y")) + float(geometry.get("height")) / 2)
        expected = (graphml.nodes[node.get("id")]["x"], graphml.nodes[node.get("id")]["y"])
        check(abs(centre[0] - expected[0]) < 0.01 and abs(centre[1] - expected[1]) < 0.01,
              f"GraphML: node {node.get('id')}: yEd centre {centre}, x/y {expected}")
    arrows = root.findall(".//y:PolyLineEdge/y:Arrows", ns)
    check(len(arrows) == len(links), f"GraphML: {len(arrows)} yEd edges for {len(links)} links")

    if failures:
        print("\n".join(failures))
        return 1
    print(f"networkx {nx.__version__}: {len(parties)} parties, {len(links)} links read back from GEXF and GraphML")
    return 0


if __name__ == "__main__":
    sys.exit(main())
