<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CaseFile</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a ChipTrail case file (it is not an SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the case file is damaged (it is %n bytes long, which no complete case file is)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>could not upgrade the case file to schema version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file of that name already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be opened (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case file is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a ChipTrail case file (an SQLite database made by another program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this case was saved by a newer ChipTrail (case format %1; this program reads up to %2). Please update ChipTrail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a ChipTrail case file (it has no case format version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no %1 with id %2 in this case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseJson</name>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this field is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code (two capital letters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid key (1–64 characters of a–z, 0–9, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 key &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: not valid JSON (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;chiptrail-case&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format version %1 was written by a newer ChipTrail; this program reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a product cannot contain itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a system needs &quot;contains&quot; (a chip key) and &quot;chips_per_unit&quot; above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a system must contain a chip, not another system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end date is before the start date, or there is no start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;de&quot; or &quot;en&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match the text of source &quot;%1&quot; at %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note cannot translate itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second decision on the same party and list entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;match&quot; or &quot;not_a_match&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: too large for a case (over 512 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>GPUs per hop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute by country over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case events and rule changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings by verdict and flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales, shipments or leases%1 yet: add a link that moves hardware to see how many GPUs each hop moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dated links yet%1: compute by country needs sales or shipments with a date, a quantity and a site or ship-to country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dated links and no dated rules yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No links to check yet%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (hardware in place at the end of each month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs located in the country (stacked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total TPP (dashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPP in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No licence required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links with this verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links with this flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links (%1 checked; not legal advice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs moved or leased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs differ from the hop before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2: %3 vs. the hop before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hop along the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity List: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2022 chip rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2023 chip rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI Diffusion Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H20 licence requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H20 licences case by case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H200 case-by-case review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIS guidance (May 2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliates Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIS guidance on D:5 headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chip rules and decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the PNG image could not be encoded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new: expected one case file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: expected JSON-FILE CASE-FILE (or --sample CASE-FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 parties, %2 links, %3 sources and %4 notes into %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: expected one case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: unknown format &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: --format %1 needs an output file (-o FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info: expected one case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case:            %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:            %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites:           %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links:           %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:           %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsourced claims: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File check:      ok (quick_check, foreign keys, note excerpts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate: expected one case file or case JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n claim(s) have no source note</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the case (en, de).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a case file from case JSON, all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the built-in sample case &quot;INF Tech / Indosat&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a case as case JSON (to stdout unless -o is given) or draw the chain as an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: json, svg, png, pdf or dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG: pixels per canvas unit (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FACTOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG: transparent instead of white background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the chain as of this date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE instead of stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print counts, schema version and the result of the file check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a case file or case JSON without changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every link against the export rules (not legal advice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen names against the Entity List or another screening list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: chiptrail-cli COMMAND [OPTIONS] [ARGUMENTS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;chiptrail-cli COMMAND --help&quot; for the options of one command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 problems found (validate), 2 error, 3 licence required (check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: chiptrail-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (known: text, json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules as of each link&apos;s own date (link, the default) or of one date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link|YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch on rule sets that are not the law: ai_diffusion (AI Diffusion Rule as if enforced), iaas_kyc (proposed IaaS KYC rule). Comma-separated; prints what changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check: expected one case file or case JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check: --rules-at expects &quot;link&quot; or a date YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with the rules in force:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening list: trade.gov Consolidated Screening List (CSV or JSON), OpenSanctions targets.simple.csv, or a ChipTrail list. Default: the shipped Entity List entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the names to screen from FILE, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest score to report (0-1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screen: give names, or --names FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screen: --min-score expects a number from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name match is not proof of identity; the official lists control. Not legal advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart: expected one case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart: --kind must be hops, countries, timeline or findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart: --format must be png or svg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart: needs an output file (-o FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of: expected a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw one of the case&apos;s charts as PNG or SVG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: hops, countries, timeline or findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image format: png or svg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the case as of this date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale: expected a number from 0.1 to 16</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add party “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit party “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete party “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add site “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit site “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add product “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit product “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete product</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n party(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the note is no longer in this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add source “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit source “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete source “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note cannot be its own translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpair translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark screening hit as a match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark screening hit as not a match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server integrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telecom / cloud provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-centre operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server integrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telecom and cloud providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-centre operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Universities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease / remote access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership / control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliation / suspected ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Founder / employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solid border: confirmed or reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashed border: suspected or disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red badge “!” or red label: no source note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number badge: notes backing the party or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made with ChipTrail; not legal advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has no sources yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply chain drawn with ChipTrail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image would be %1 × %2 pixels; choose a smaller scale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <source>Graphviz gave a layout that cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edge %1 has a bad point &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the graph has no bounding box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object %1 has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1 has no position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edge %1 joins unknown nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Graphviz dot, %n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Graphviz sfdp, %n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>built-in tiered layout, %n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The layout was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interconnect GB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No advanced-computing item rule was in force on this date (ECCN 3A090 dates from 2022-10-07).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPP unknown: the chip cannot be classified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PD = TPP %1 ÷ die area %2 mm² = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note 2: not designed or marketed for data centres and TPP %1 &lt; %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded from 3A090</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system with %1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4A090.b did not exist yet on this date (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computers and assemblies containing %1 ICs are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U: unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT LEGAL ADVICE. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules as of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each link&apos;s own date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; counterfactual rule sets switched on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; review %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  rules as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; flags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[counterfactual] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain %1: worst %2 (at %3); end user %4 (headquarters %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, ultimate parent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening: %1 ~ &quot;%2&quot; (%3, listed %4), score %5, %6%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possible match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst verdict: %1. Not legal advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finding changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a non-empty string is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD) is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown party)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease or remote access: the hardware stays where it is, so the link is not an export of it (15 CFR 734.13).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link kind &quot;%1&quot; moves no hardware: not an export; checked for the ties it reveals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship-from country not recorded; assumed to be the seller&apos;s home country (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ship-to country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country of the site &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buyer&apos;s home country (no ship-to or site recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the hardware went from or to is unknown: no destination rule can be applied; end-user rules are still checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (%3): a transfer inside one country is not an export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (%3): crosses a border from the US, an export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (%3): crosses a border outside the US, a reexport of a US item (assumed subject to the EAR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product (or no chip inside it) recorded: the item cannot be classified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 under %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no item rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (chip figures are %1 in the case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in %2 but also in %3, so the destination rule excludes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of the country groups ChipTrail knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination %1 (groups on %2: %3) is outside the licence scope %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination %1 is in the licence scope (%2), but the item (%3) is not caught.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination %1 is in the licence scope via %2 (groups: %3): licence required for %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence review: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License Exception ACA may be available for D:1/D:4 destinations (a possible authorisation, not proof of compliance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is headquartered in %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s ultimate parent %2 is headquartered in %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: licence required for %2 wherever the end user is located (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIS confirmed that this headquarters rule is still enforced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (screened as &quot;%2&quot;) matches the Entity List entry &quot;%3&quot; (listed %4, score %5): %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Licence required for all items subject to the EAR; review: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resembles the Entity List entry &quot;%2&quot; (score %3): confirm or reject the match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity List licence requirements also cover transfers (in-country) abroad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chip is the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory bandwidth %1 GB/s ≥ %2 GB/s (H20 level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interconnect %1 GB/s ≥ %2 GB/s (H20 level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is-informed licence requirement: %1, and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is headquartered in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the destination is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence review: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPP %1 &lt; %2 (%3) and DRAM bandwidth %4 &lt; %5 GB/s (%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the case-by-case review band: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the review band (%1), but %2 is headquartered in %3 outside it: presumption of denial kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review band for China/Macau: %1 → %2, if the conditions are met (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a PRC advanced-computing IC named in the BIS guidance: using, selling, transferring, financing or servicing it risks General Prohibition 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (a local rule, not a US verdict): the hardware is exported from, or transshipped or in transit through, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud access loophole: %1 (headquartered in %2, %3) uses %4 chips (%5) that stay in %6. The headquarters rule covers exports and transfers to such parties, not renting them compute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown number of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider&apos;s site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIS policy statement (May 2025): a licence may be required where there is knowledge that 3A090.a/4A090.a items, including through IaaS providers, train AI models for D:5/Macau-headquartered parties with WMD or military-intelligence end uses. The case records no such knowledge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed IaaS KYC rule (%1): would require US IaaS providers and their foreign resellers to identify foreign customers; not in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI Diffusion Rule as if enforced: %1 is Tier 1, License Exception AIA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI Diffusion Rule as if enforced: %1 is Tier 3 (%2): licence required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 chips × TPP %2 ÷ %3 (H100) = %4 H100-equivalents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI Diffusion Rule as if enforced: %1 is Tier 2 and the quantity is unknown, so the low-processing-performance allowance cannot be shown: licence required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI Diffusion Rule as if enforced: %1 is Tier 2; %2 &gt; %3 (low-processing-performance allowance per customer and year): licence required, counted against the country cap of %4 TPP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI Diffusion Rule as if enforced: %1 is Tier 2; %2 ≤ %3: within the low-processing-performance allowance (notification only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed IaaS KYC rule as if in force: %1 (%2) would have to verify the identity of its foreign customer %3 and report large AI training runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed IaaS KYC rule as if in force: would not reach this lease, because %1 (%2) is not a US IaaS provider and the case records no US reseller arrangement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row 1: column &quot;%2&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consolidated Screening List (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2: column &quot;name&quot; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: $.results: expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: $.results[%2].name: a non-empty string is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSanctions targets (%1; CC BY-NC, not shipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date is when OpenSanctions first saw the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICU transliterator &quot;Any-Latin; Latin-ASCII&quot; is not available (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look-alike Cyrillic/Greek letters replaced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compatibility forms folded (NFKC, e.g. fullwidth letters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transliterated from %1: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 ties (%3) to %4, on the Entity List since %5 as &quot;%6&quot;. Ties are a red flag, not a listing: listing covers the named entity only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force on this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in force on this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) reaches only parties owned %3 % or more by listed parties; the case records no ownership share for this tie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routed through %1, a hub regulators flagged for transshipment (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 chips for a buyer whose role is %2: more than %3, out of scale (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a %2 with %3 (headquartered in %4, %5) for compute on hardware it buys here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source note backs this link: the verdict rests on an unsourced claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link itself is only %1 in the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown country group &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change needs exactly one of &quot;added&quot; and &quot;removed&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a range is [low, high]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a homoglyph maps one character to one character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of P, P*, S, C, U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a test needs at least one bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one test is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required when b_any_of is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate rule id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a counterfactual must say why it is not the law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not exceed match_score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown evaluator &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;chiptrail-rules&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rule set with evaluator &quot;item&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rule set with evaluator &quot;entity_list&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules as of %1 (chosen), not the link&apos;s own date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link has no date: rules as of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 spans a rule change: %2 on %3, %4 on %5; the worse is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown counterfactual rule set &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same words after folding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same letters, spacing differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the listed name%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (weak word)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; abbreviates &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; ≈ &quot;%2&quot; (similarity %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is only in the listed name%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched the alias &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched the listed name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal form &quot;%1&quot; ignored in the screened name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal form &quot;%1&quot; ignored in the listed name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screened name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed name: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <source>not an export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no licence required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>licence required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloud access loophole: remote use of chips that stay abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a party is on the Entity List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a party may be on the Entity List (possible match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ties to a listed party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headquarters rule: end user headquartered in D:5 or Macau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passes through a transshipment hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is-informed licence requirement (H20 class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>origin of the hardware unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the verdict rests on a claim without a source note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date: checked as of today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date is imprecise and a rule changed within it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malaysian export permit needed (local rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese advanced chips named in BIS guidance (Ascend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tenant was lined up before the purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity out of scale for the buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed IaaS know-your-customer rule would apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item unknown: no chip figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unverified: check before publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>official text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>official text via a verbatim copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secondary source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules in force on each link&apos;s own date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules in force on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not legal advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counterfactual: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counterfactual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence (source notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Entity List match for this name or its aliases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possible match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record: this is the listed party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record: not the listed party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chains: worst verdict along the hardware&apos;s path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chain of sales, shipments or leases yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worst:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the counterfactual changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rules in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an export, red flag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceFile</name>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: too large for a source (over 16 MB)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chiptrail::CaseStore</name>
    <message>
        <source>%1: the case is open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the case is inconsistent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a file of that name already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row of table %1 points at a missing row of table %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note &quot;%1&quot; supports a %2 (id %3) that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note &quot;%1&quot; no longer matches the text of source &quot;%2&quot; at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no party with id %1 in this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no site with id %1 in this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site is still used by a link; remove or change the link first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no product with id %1 in this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the product is still used by a link or a system; change those first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no link with id %1 in this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes still quote this source; remove them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a claim always has a confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no %1 with id %2 in this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new text would break note &quot;%1&quot;: the passage &quot;%2&quot; is no longer in it; edit or remove the note first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new text would break note &quot;%1&quot;: the passage &quot;%2&quot; occurs more than once, so it is unclear which one the note means; edit or remove the note first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note &quot;%1&quot; quotes a source that is not in this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note &quot;%1&quot;: the excerpt is not the text of source &quot;%2&quot; at %3–%4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::CaseOutlineModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::CaseSession</name>
    <message>
        <source>no case is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::ChainEditor</name>
    <message>
        <source>Add &amp;Party…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a link between the two selected parties (or Shift-drag from one party to another)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add P&amp;roduct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Party Here…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::ChainNavigator</name>
    <message>
        <source>Find party (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlight Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two parties, then show the links between them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;Unsourced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fade everything that a source note backs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No party matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These two parties are not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Path of %n link(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::ChainScene</name>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::ChartsPanel</name>
    <message>
        <source>Export as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule data could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::CountryBox</name>
    <message>
        <source>— unknown —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::DetailsPane</name>
    <message>
        <source>Source notes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsourced: no note backs this claim yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; supports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a party, site, product, link or source in the outline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incorporated in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die area (mm²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory bandwidth (GB/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interconnect (GB/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ships from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ships to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::LayoutController</name>
    <message>
        <source>&amp;Re-layout Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange the chain in tiers by role and boxes by country; parties placed by hand stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n parties (%1)… View → Cancel Layout stops it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The chain keeps its current places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-layout chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laid out with %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::LinkDialog</name>
    <message>
        <source>Edit link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units of the product (racks for a rack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date (from)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (&amp;until)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ships f&amp;rom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ships t&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::MainWindow</name>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export-rule checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Links by export-rule verdict&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo/redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Sample Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open sample case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ChipTrail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ChipTrail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ChipTrail %1&lt;/h3&gt;&lt;p&gt;Traces how export-controlled AI chips travel from manufacturers to the tenants who rent them.&lt;/p&gt;&lt;p&gt;Its export-rule checks are not legal advice.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChipTrail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — ChipTrail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parties · %2 links · %3 sources · %4 notes · %5 unsourced claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChipTrail cases (*.chiptrail);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save case as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChipTrail cases (*.chiptrail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::NoteCard</name>
    <message>
        <source>„%1“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit translation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair with a translation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpair translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach from this claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write translation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair with a note…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::NotesDocks</name>
    <message>
        <source>Add source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English translation of:
„%1“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German translation of:
„%1“</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no English note to pair it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no German note to pair it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note in the other language that says the same:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpair translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search Sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation; does not itself back this claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backs no claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes quoting “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::NotesPanel</name>
    <message>
        <source>Show the notes of the whole claim or of one of its attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sure the sources are about this claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a source and attach a passage of it to the selected claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a party or a link to see its sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the claim (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No German version of the note beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No English version of the note beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes from German sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes from English sources.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::PartialDateEdit</name>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::PartyDialog</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one name per line, any script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Also known as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headquarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incorporated in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::ProductDialog</name>
    <message>
        <source>Edit product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>designed or marketed for data centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die &amp;area (mm²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Performance density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Memory bandwidth (GB/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interconnect (GB/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontains (for systems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hips per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;fidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::RecordBox</name>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::RulesPanel</name>
    <message>
        <source>each link&apos;s own date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chosen date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI Diffusion Rule as if enforced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule of January 2025 was never enforced and was rescinded in May 2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed IaaS know-your-customer rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed in January 2024 (89 FR 5698); not in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule data could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this the listed party?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this not the listed party?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::SearchPanel</name>
    <message>
        <source>Search sources and notes (Müller = Mueller)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note · %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source · %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the claim this note backs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::SiteDialog</name>
    <message>
        <source>Edit site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;perator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;fidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::SourceDialog</name>
    <message>
        <source>Edit source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the text of the article here, or open a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open source text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts (*.txt *.md *.html *.htm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A source needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A source needs its text: paste it or open a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date must be YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::SourceViewer</name>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Selection to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a party or a link first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::TimelineSlider</name>
    <message>
        <source>▶ Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay the case month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole case, whatever the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⏸ Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Trace export-controlled AI chips through supply chains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sample case &quot;INF Tech / Indosat&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit once the window is painted (start-up benchmark).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and quit (for the documentation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Charts tab at KIND (hops, countries, timeline, findings), e.g. for screenshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the case as of DATE (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a party or link once the case is open (party:KEY or link:KEY), e.g. for --screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND:KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open sample case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--chart: expected hops, countries, timeline or findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 in this case (use party:KEY or link:KEY).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
