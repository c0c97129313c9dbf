<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Canvas</name>
    <message>
        <source>1 party</source>
        <translation>1 Akteur</translation>
    </message>
    <message numerus="yes">
        <source>%n parties</source>
        <translation>
            <numerusform>%n Akteur</numerusform>
            <numerusform>%n Akteure</numerusform>
        </translation>
    </message>
    <message>
        <source>1 link inside</source>
        <translation>1 Verbindung darin</translation>
    </message>
    <message numerus="yes">
        <source>%n links inside</source>
        <translation>
            <numerusform>%n Verbindung darin</numerusform>
            <numerusform>%n Verbindungen darin</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2
Double-click to expand</source>
        <translation>%1 — %2
Doppelklick zum Aufklappen</translation>
    </message>
    <message>
        <source>1 link</source>
        <translation>1 Verbindung</translation>
    </message>
    <message numerus="yes">
        <source>%n links</source>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei existiert nicht</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>not a ChipTrail case file (it is not an SQLite database)</source>
        <translation>keine ChipTrail-Falldatei (keine SQLite-Datenbank)</translation>
    </message>
    <message numerus="yes">
        <source>the case file is damaged (it is %n bytes long, which no complete case file is)</source>
        <translation>
            <numerusform>die Falldatei ist beschädigt (sie ist %n Byte lang, was bei keiner vollständigen Falldatei vorkommt)</numerusform>
            <numerusform>die Falldatei ist beschädigt (sie ist %n Bytes lang, was bei keiner vollständigen Falldatei vorkommt)</numerusform>
        </translation>
    </message>
    <message>
        <source>could not upgrade the case file to schema version %1: %2</source>
        <translation>die Falldatei konnte nicht auf Schemaversion %1 aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>a file of that name already exists</source>
        <translation>eine Datei mit diesem Namen existiert bereits</translation>
    </message>
    <message>
        <source>cannot be opened (%1)</source>
        <translation>kann nicht geöffnet werden (%1)</translation>
    </message>
    <message>
        <source>the case file is damaged (%1)</source>
        <translation>die Falldatei ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>not a ChipTrail case file (an SQLite database made by another program)</source>
        <translation>keine ChipTrail-Falldatei (eine SQLite-Datenbank eines anderen Programms)</translation>
    </message>
    <message>
        <source>this case was saved by a newer ChipTrail (case format %1; this program reads up to %2). Please update ChipTrail.</source>
        <translation>dieser Fall wurde mit einer neueren ChipTrail-Version gespeichert (Fallformat %1; dieses Programm liest bis %2). Bitte ChipTrail aktualisieren.</translation>
    </message>
    <message>
        <source>not a ChipTrail case file (it has no case format version)</source>
        <translation>keine ChipTrail-Falldatei (keine Version des Fallformats angegeben)</translation>
    </message>
    <message>
        <source>there is no %1 with id %2 in this case</source>
        <translation>in diesem Fall gibt es keinen Eintrag vom Typ %1 mit der ID %2</translation>
    </message>
    <message>
        <source>is a folder, not a case file</source>
        <translation>ist ein Ordner, keine Falldatei</translation>
    </message>
    <message>
        <source>is not a regular file (a pipe, a device or a socket); it was not read</source>
        <translation>ist keine gewöhnliche Datei (sondern eine Pipe, ein Gerät oder ein Socket); sie wurde nicht gelesen</translation>
    </message>
    <message>
        <source>this SQLite cannot switch off what a hostile file could use (option %1)</source>
        <translation>dieses SQLite kann nicht abschalten, was eine präparierte Datei ausnutzen könnte (Option %1)</translation>
    </message>
    <message>
        <source>%1: this file holds an interrupted edit; open it in ChipTrail or run `chiptrail-cli recover`</source>
        <translation>%1: diese Datei enthält eine unterbrochene Änderung; öffnen Sie sie in ChipTrail oder führen Sie `chiptrail-cli recover` aus</translation>
    </message>
    <message>
        <source>%1: beside the case file lies %2, which is not a plain file; it was not opened</source>
        <translation>%1: neben der Falldatei liegt %2, und das ist keine gewöhnliche Datei; die Falldatei wurde nicht geöffnet</translation>
    </message>
    <message>
        <source>%1: the interrupted edit beside the file (%2) names another file that SQLite would read and delete; ChipTrail never leaves such a journal, so the file was not opened. Move %2 away to open the file as it was saved</source>
        <translation>%1: die unterbrochene Änderung neben der Datei (%2) nennt eine weitere Datei, die SQLite lesen und löschen würde; ChipTrail hinterlässt nie ein solches Journal, deshalb wurde die Datei nicht geöffnet. Verschieben Sie %2, um die Datei so zu öffnen, wie sie gespeichert wurde</translation>
    </message>
    <message>
        <source>table %1: not in the file as ChipTrail makes it; nothing of it was recovered</source>
        <translation>Tabelle %1: nicht so in der Datei, wie ChipTrail sie anlegt; nichts davon wurde gerettet</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>zu wenig Arbeitsspeicher</translation>
    </message>
    <message>
        <source>table %1: a row was skipped (%2)</source>
        <translation>Tabelle %1: eine Zeile wurde übersprungen (%2)</translation>
    </message>
    <message>
        <source>note %1: skipped, its excerpt is not in its source</source>
        <translation>Notiz %1: übersprungen, ihr Auszug steht nicht in ihrer Quelle</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) skipped: what they are about is not in the file</source>
        <translation>
            <numerusform>%n Angabe übersprungen: worauf sie sich bezieht, ist nicht in der Datei</numerusform>
            <numerusform>%n Angaben übersprungen: worauf sie sich beziehen, ist nicht in der Datei</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a file of that name already exists</source>
        <translation>%1: eine Datei mit diesem Namen existiert bereits</translation>
    </message>
    <message>
        <source>%1: cannot be read, not even in part</source>
        <translation>%1: kann nicht gelesen werden, auch nicht teilweise</translation>
    </message>
    <message>
        <source>%1: not a ChipTrail case file (an SQLite database made by another program)</source>
        <translation>%1: keine ChipTrail-Falldatei (eine SQLite-Datenbank eines anderen Programms)</translation>
    </message>
    <message>
        <source>%1: this case was saved by a newer ChipTrail (case format %2); recover it with that version</source>
        <translation>%1: dieser Fall wurde von einer neueren ChipTrail-Version gespeichert (Fallformat %2); retten Sie ihn mit dieser Version</translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1: kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>view</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>the file holds a trigger %1 that ChipTrail did not make</source>
        <translation>die Datei enthält einen Trigger %1, den ChipTrail nicht angelegt hat</translation>
    </message>
    <message>
        <source>the file holds a view %1 that ChipTrail did not make</source>
        <translation>die Datei enthält eine Sicht %1, die ChipTrail nicht angelegt hat</translation>
    </message>
    <message>
        <source>the file holds an index %1 that ChipTrail did not make</source>
        <translation>die Datei enthält einen Index %1, den ChipTrail nicht angelegt hat</translation>
    </message>
    <message>
        <source>the file holds a table %1 that ChipTrail did not make</source>
        <translation>die Datei enthält eine Tabelle %1, die ChipTrail nicht angelegt hat</translation>
    </message>
    <message>
        <source>cannot make the reference schema (%1)</source>
        <translation>das Vergleichsschema kann nicht angelegt werden (%1)</translation>
    </message>
    <message>
        <source>%1 is a %2 in the file, where ChipTrail makes a %3</source>
        <translation>%1 hat in der Datei den Typ %2, ChipTrail legt dort den Typ %3 an</translation>
    </message>
    <message>
        <source>the definition of the %1 %2 is not the one ChipTrail made</source>
        <translation>die Definition von %2 (%1) ist nicht die, die ChipTrail angelegt hat</translation>
    </message>
    <message>
        <source>the %1 %2 of case format %3 is missing</source>
        <translation>%2 (%1) des Fallformats %3 fehlt</translation>
    </message>
    <message>
        <source>%1: %2; it was not opened. Use File → Recover Data or `chiptrail-cli recover`</source>
        <translation>%1: %2; sie wurde nicht geöffnet. Nutzen Sie Datei → Daten retten oder `chiptrail-cli recover`</translation>
    </message>
    <message>
        <source>%1: reading the file took longer than %2 s and was stopped; the file may be hostile</source>
        <translation>%1: das Lesen der Datei dauerte länger als %2 s und wurde abgebrochen; die Datei könnte präpariert sein</translation>
    </message>
    <message>
        <source>%1: the value is %2 MB long; a case file holds at most %3 MB in one value</source>
        <translation>%1: der Wert ist %2 MB groß; eine Falldatei fasst höchstens %3 MB in einem Wert</translation>
    </message>
    <message>
        <source>%1: the value cannot be stored (%2)</source>
        <translation>%1: der Wert kann nicht gespeichert werden (%2)</translation>
    </message>
    <message>
        <source>%1: the text is %2 characters long; ChipTrail takes at most %3 there</source>
        <translation>%1: der Text ist %2 Zeichen lang; ChipTrail nimmt dort höchstens %3 an</translation>
    </message>
    <message>
        <source>table %1: read up to row %2, then stopped (%3)</source>
        <translation>Tabelle %1: bis Zeile %2 gelesen, dann abgebrochen (%3)</translation>
    </message>
    <message>
        <source>the search index of the sources does not match the sources</source>
        <translation>der Suchindex der Quellen stimmt nicht mit den Quellen überein</translation>
    </message>
    <message>
        <source>the search index of the notes does not match the notes</source>
        <translation>der Suchindex der Notizen stimmt nicht mit den Notizen überein</translation>
    </message>
    <message>
        <source>reading the index failed: %1</source>
        <translation>der Index ließ sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>row %1: seller and buyer are the same party</source>
        <translation>Zeile %1: Verkäufer und Käufer sind dieselbe Partei</translation>
    </message>
    <message>
        <source>the new links did not get consecutive ids; the import is undone</source>
        <translation>die neuen Verbindungen haben keine fortlaufenden IDs bekommen; der Import wurde zurückgenommen</translation>
    </message>
    <message>
        <source>the imported links are no longer all in the case; the import cannot be undone</source>
        <translation>die importierten Verbindungen sind nicht mehr alle im Fall; der Import kann nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>there is no site with id %1 in this case</source>
        <translation>in diesem Fall gibt es keinen Standort mit der ID %1</translation>
    </message>
    <message>
        <source>there is no product with id %1 in this case</source>
        <translation>in diesem Fall gibt es kein Produkt mit der ID %1</translation>
    </message>
    <message>
        <source>there is no party with id %1 in this case</source>
        <translation>in diesem Fall gibt es keine Partei mit der ID %1</translation>
    </message>
    <message>
        <source>%1: a text with bytes that are not UTF-8 was copied with U+FFFD in their place</source>
        <translation>%1: ein Text mit Bytes, die kein UTF-8 sind, wurde mit U+FFFD an ihrer Stelle übernommen</translation>
    </message>
    <message>
        <source>%1: a text of %2 characters was cut to the %3 ChipTrail takes there</source>
        <translation>%1: ein Text von %2 Zeichen wurde auf die %3 gekürzt, die ChipTrail dort aufnimmt</translation>
    </message>
    <message>
        <source>%1: “%2” holds bytes that are not UTF-8, so it cannot be read as written</source>
        <translation>%1: „%2“ enthält Bytes, die kein UTF-8 sind, und kann daher nicht so gelesen werden, wie er geschrieben wurde</translation>
    </message>
    <message>
        <source>%1 of row %2 is %3 characters long; ChipTrail takes at most %4 there; it was not opened. Use File → Recover Data or `chiptrail-cli recover`</source>
        <translation>%1 in Zeile %2 ist %3 Zeichen lang; ChipTrail nimmt dort höchstens %4 auf; die Datei wurde nicht geöffnet. Nutzen Sie Datei → Daten retten oder `chiptrail-cli recover`</translation>
    </message>
</context>
<context>
    <name>CaseJson</name>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <source>this field is required</source>
        <translation>dieses Feld ist Pflicht</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>ganze Zahl von %1 bis %2 erwartet</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;</source>
        <translation>unbekannter Wert „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>„%1“ ist kein Datum der Form JJJJ, JJJJ-MM oder JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code (two capital letters)</source>
        <translation>„%1“ ist kein Ländercode nach ISO 3166 (zwei Großbuchstaben)</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid key (1–64 characters of a–z, 0–9, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</source>
        <translation>„%1“ ist kein gültiger Schlüssel (1–64 Zeichen aus a–z, 0–9, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is used twice</source>
        <translation>der Schlüssel „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>unknown %1 key &quot;%2&quot;</source>
        <translation>unbekannter Schlüssel „%2“ (%1)</translation>
    </message>
    <message>
        <source>%1: line %2: not valid JSON (%3)</source>
        <translation>%1: Zeile %2: kein gültiges JSON (%3)</translation>
    </message>
    <message>
        <source>expected &quot;chiptrail-case&quot;</source>
        <translation>&quot;chiptrail-case&quot; erwartet</translation>
    </message>
    <message>
        <source>format version %1 was written by a newer ChipTrail; this program reads version %2</source>
        <translation>Formatversion %1 wurde von einer neueren ChipTrail-Version geschrieben; dieses Programm liest Version %2</translation>
    </message>
    <message>
        <source>a product cannot contain itself</source>
        <translation>ein Produkt kann sich nicht selbst enthalten</translation>
    </message>
    <message>
        <source>a system needs &quot;contains&quot; (a chip key) and &quot;chips_per_unit&quot; above 0</source>
        <translation>ein System braucht &quot;contains&quot; (einen Chip-Schlüssel) und &quot;chips_per_unit&quot; größer als 0</translation>
    </message>
    <message>
        <source>a system must contain a chip, not another system</source>
        <translation>ein System muss einen Chip enthalten, kein anderes System</translation>
    </message>
    <message>
        <source>the end date is before the start date, or there is no start date</source>
        <translation>das Enddatum liegt vor dem Startdatum, oder es gibt kein Startdatum</translation>
    </message>
    <message>
        <source>does not match the text of source &quot;%1&quot; at %2–%3</source>
        <translation>stimmt nicht mit dem Text der Quelle „%1“ an Position %2–%3 überein</translation>
    </message>
    <message>
        <source>a note cannot translate itself</source>
        <translation>eine Notiz kann nicht ihre eigene Übersetzung sein</translation>
    </message>
    <message>
        <source>a second decision on the same party and list entry</source>
        <translation>eine zweite Entscheidung zu demselben Akteur und Listeneintrag</translation>
    </message>
    <message>
        <source>expected &quot;match&quot; or &quot;not_a_match&quot;</source>
        <translation>&quot;match&quot; oder &quot;not_a_match&quot; erwartet</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei existiert nicht</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: too large for a case (over 512 MiB)</source>
        <translation>%1: zu groß für einen Fall (über 512 MiB)</translation>
    </message>
    <message>
        <source>is %1 characters long; ChipTrail takes at most %2 here</source>
        <translation>ist %1 Zeichen lang; ChipTrail nimmt hier höchstens %2 an</translation>
    </message>
    <message>
        <source>holds a lone surrogate escape (\u%1), which is not a character</source>
        <translation>enthält ein einzelnes Surrogat-Escape (\u%1), das kein Zeichen ist</translation>
    </message>
    <message>
        <source>line %1: byte 0x%2 inside a text is not UTF-8 (save the file as UTF-8)</source>
        <translation>Zeile %1: Byte 0x%2 in einem Text ist kein UTF-8 (Datei als UTF-8 speichern)</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>expected a share from 0 to 100 (percent)</source>
        <translation>erwartet wird ein Anteil von 0 bis 100 (Prozent)</translation>
    </message>
    <message>
        <source>only an ownership link has an owner&apos;s share</source>
        <translation>nur eine Eigentumsverbindung hat den Anteil eines Eigentümers</translation>
    </message>
    <message>
        <source>expected &quot;de&quot;, &quot;en&quot; or &quot;und&quot; (another language)</source>
        <translation>erwartet &quot;de&quot;, &quot;en&quot; oder &quot;und&quot; (eine andere Sprache)</translation>
    </message>
    <message>
        <source>expected &quot;application/pdf&quot;</source>
        <translation>erwartet &quot;application/pdf&quot;</translation>
    </message>
    <message>
        <source>is not base64</source>
        <translation>ist kein Base64</translation>
    </message>
    <message>
        <source>does not match the file&apos;s data (the file was changed or damaged)</source>
        <translation>passt nicht zu den Daten der Datei (die Datei wurde verändert oder ist beschädigt)</translation>
    </message>
    <message numerus="yes">
        <source>…%n more levels…</source>
        <comment>inside a JSON path</comment>
        <translation>
            <numerusform>…%n weitere Ebene…</numerusform>
            <numerusform>…%n weitere Ebenen…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message>
        <source>GPUs per hop</source>
        <translation>GPUs je Etappe</translation>
    </message>
    <message>
        <source>Compute by country over time</source>
        <translation>Rechenleistung nach Land im Zeitverlauf</translation>
    </message>
    <message>
        <source>Case events and rule changes</source>
        <translation>Fallereignisse und Regeländerungen</translation>
    </message>
    <message>
        <source>Findings by verdict and flag</source>
        <translation>Befunde nach Einstufung und Hinweis</translation>
    </message>
    <message>
        <source> as of %1</source>
        <translation> (Stand: %1)</translation>
    </message>
    <message>
        <source>No sales, shipments or leases%1 yet: add a link that moves hardware to see how many GPUs each hop moved.</source>
        <translation>Noch keine Verkäufe, Lieferungen oder Vermietungen%1: Fügen Sie eine Verbindung hinzu, die Hardware bewegt, um zu sehen, wie viele GPUs auf jeder Etappe bewegt wurden.</translation>
    </message>
    <message>
        <source>No dated links yet%1: compute by country needs sales or shipments with a date, a quantity and a site or ship-to country.</source>
        <translation>Noch keine datierten Verbindungen%1: Für die Rechenleistung nach Land braucht es Verkäufe oder Lieferungen mit Datum, Menge und Standort oder Zielland der Lieferung.</translation>
    </message>
    <message>
        <source>No dated links and no dated rules yet.</source>
        <translation>Noch keine datierten Verbindungen und keine datierten Regeln.</translation>
    </message>
    <message>
        <source>No links to check yet%1.</source>
        <translation>Noch keine Verbindungen zu prüfen%1.</translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation>%1 (Stand: %2)</translation>
    </message>
    <message>
        <source>Total TPP (dashed)</source>
        <translation>Gesamt-TPP (gestrichelt)</translation>
    </message>
    <message>
        <source>TPP in %1</source>
        <translation>TPP in %1</translation>
    </message>
    <message>
        <source>Licence required</source>
        <translation>Genehmigungspflichtig</translation>
    </message>
    <message>
        <source>No licence required</source>
        <translation>Keine Genehmigung nötig</translation>
    </message>
    <message>
        <source>Not an export</source>
        <translation>Keine Ausfuhr</translation>
    </message>
    <message>
        <source>Links with this flag</source>
        <translation>Verbindungen mit diesem Hinweis</translation>
    </message>
    <message>
        <source>flag: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Links (%1 checked; not legal advice)</source>
        <translation>Verbindungen (%1 geprüft; keine Rechtsberatung)</translation>
    </message>
    <message>
        <source>GPUs moved or leased</source>
        <translation>Bewegte oder vermietete GPUs</translation>
    </message>
    <message>
        <source>GPUs differ from the hop before</source>
        <translation>GPU-Zahl weicht von der vorigen Etappe ab</translation>
    </message>
    <message>
        <source>quantity unknown</source>
        <translation>Menge unbekannt</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>%1 GPUs</source>
        <translation>%1 GPUs</translation>
    </message>
    <message>
        <source>Entity List: %1</source>
        <translation>Entity List: %1</translation>
    </message>
    <message>
        <source>2022 chip rule</source>
        <translation>Chip-Regel 2022</translation>
    </message>
    <message>
        <source>2023 chip rule</source>
        <translation>Chip-Regel 2023</translation>
    </message>
    <message>
        <source>AI Diffusion Rule</source>
        <translation>AI-Diffusion-Regel</translation>
    </message>
    <message>
        <source>H20 licence requirement</source>
        <translation>H20-Genehmigungspflicht</translation>
    </message>
    <message>
        <source>H20 licences case by case</source>
        <translation>H20-Genehmigungen im Einzelfall</translation>
    </message>
    <message>
        <source>H200 case-by-case review</source>
        <translation>H200-Einzelfallprüfung</translation>
    </message>
    <message>
        <source>BIS guidance (May 2025)</source>
        <translation>BIS-Leitlinien (Mai 2025)</translation>
    </message>
    <message>
        <source>Affiliates Rule</source>
        <translation>Affiliates-Regel</translation>
    </message>
    <message>
        <source>BIS guidance on D:5 headquarters</source>
        <translation>BIS-Leitlinien zum Hauptsitz in D:5</translation>
    </message>
    <message>
        <source>%1 ends</source>
        <translation>%1 endet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Not in force</source>
        <translation>Nicht in Kraft</translation>
    </message>
    <message>
        <source>Other rules</source>
        <translation>Andere Regeln</translation>
    </message>
    <message>
        <source>Entity List</source>
        <translation>Entity List</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Month (hardware in place at the end of each month)</source>
        <translation>Monat (Hardware vor Ort am Monatsende)</translation>
    </message>
    <message>
        <source>GPUs in the country (stacked)</source>
        <translation>GPUs im Land (gestapelt)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 fewer than the hop before (%2)</source>
        <translation>%1 weniger als auf der Etappe davor (%2)</translation>
    </message>
    <message>
        <source>%1 more than the hop before (%2)</source>
        <translation>%1 mehr als auf der Etappe davor (%2)</translation>
    </message>
    <message>
        <source>Malaysia: permit for US AI chips</source>
        <translation>Malaysia: Genehmigungspflicht für US-KI-Chips</translation>
    </message>
    <message>
        <source>HBM controls and FDP rules</source>
        <translation>HBM-Kontrollen und FDP-Regeln</translation>
    </message>
    <message>
        <source>Foundry due-diligence rule</source>
        <translation>Sorgfaltspflichten für Auftragsfertiger</translation>
    </message>
    <message>
        <source>Chip rules&lt;br&gt;and decisions</source>
        <translation>Chip-Regeln&lt;br&gt;und Entscheidungen</translation>
    </message>
    <message>
        <source>Licence required if the match is confirmed</source>
        <translation>Genehmigungspflichtig, falls der Treffer bestätigt wird</translation>
    </message>
    <message>
        <source>Not yet happened</source>
        <translation>Noch nicht geschehen</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>shipment</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <source>lease / remote access</source>
        <translation>Vermietung / Fernzugriff</translation>
    </message>
    <message>
        <source>ownership / control</source>
        <translation>Eigentum / Kontrolle</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>affiliation / suspected ties</source>
        <translation>Zugehörigkeit / vermutete Verbindungen</translation>
    </message>
    <message>
        <source>founder / employment</source>
        <translation>Gründer / Anstellung</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>%1: the PNG image could not be encoded</source>
        <translation>%1: Das PNG-Bild konnte nicht kodiert werden</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>new: expected one case file name</source>
        <translation>new: genau ein Name für die Falldatei erwartet</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 angelegt</translation>
    </message>
    <message>
        <source>import: expected JSON-FILE CASE-FILE (or --sample CASE-FILE)</source>
        <translation>import: JSON-FILE CASE-FILE (oder --sample CASE-FILE) erwartet</translation>
    </message>
    <message>
        <source>Imported %1 parties, %2 links, %3 sources and %4 notes into %5</source>
        <translation>%1 Akteure, %2 Verbindungen, %3 Quellen und %4 Notizen nach %5 importiert</translation>
    </message>
    <message>
        <source>export: expected one case file</source>
        <translation>export: genau eine Falldatei erwartet</translation>
    </message>
    <message>
        <source>export: unknown format &quot;%1&quot; (known: %2)</source>
        <translation>export: unbekanntes Format „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>export: --format %1 needs an output file (-o FILE)</source>
        <translation>export: --format %1 braucht eine Ausgabedatei (-o FILE)</translation>
    </message>
    <message>
        <source>info: expected one case file</source>
        <translation>info: genau eine Falldatei erwartet</translation>
    </message>
    <message>
        <source>Case:            %1</source>
        <translation>Fall:              %1</translation>
    </message>
    <message>
        <source>File:            %1</source>
        <translation>Datei:             %1</translation>
    </message>
    <message>
        <source>Schema version:  %1</source>
        <translation>Schemaversion:     %1</translation>
    </message>
    <message>
        <source>Parties:         %1</source>
        <translation>Akteure:           %1</translation>
    </message>
    <message>
        <source>Sites:           %1</source>
        <translation>Standorte:         %1</translation>
    </message>
    <message>
        <source>Products:        %1</source>
        <translation>Produkte:          %1</translation>
    </message>
    <message>
        <source>Links:           %1</source>
        <translation>Verbindungen:      %1</translation>
    </message>
    <message>
        <source>Sources:         %1</source>
        <translation>Quellen:           %1</translation>
    </message>
    <message>
        <source>Notes:           %1</source>
        <translation>Notizen:           %1</translation>
    </message>
    <message>
        <source>Unsourced claims: %1</source>
        <translation>Unbelegte Angaben: %1</translation>
    </message>
    <message>
        <source>validate: expected one case file or case JSON file</source>
        <translation>validate: genau eine Falldatei oder Fall-JSON-Datei erwartet</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n claim(s) have no source note</source>
        <translation>
            <numerusform>%1: %n Angabe hat keine Quellennotiz</numerusform>
            <numerusform>%1: %n Angaben haben keine Quellennotiz</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: valid</source>
        <translation>%1: gültig</translation>
    </message>
    <message>
        <source>Create an empty case file.</source>
        <translation>Leere Falldatei anlegen.</translation>
    </message>
    <message>
        <source>Title of the case.</source>
        <translation>Titel des Falls.</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITLE</translation>
    </message>
    <message>
        <source>Language of the case (en, de).</source>
        <translation>Sprache des Falls (en, de).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Import the built-in sample case &quot;INF Tech / Indosat&quot;.</source>
        <translation>Den eingebauten Beispielfall „INF Tech / Indosat“ importieren.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>FACTOR</source>
        <translation>FACTOR</translation>
    </message>
    <message>
        <source>PNG: transparent instead of white background.</source>
        <translation>PNG: transparenter statt weißer Hintergrund.</translation>
    </message>
    <message>
        <source>Draw the chain as of this date (YYYY-MM-DD).</source>
        <translation>Kette mit Stand dieses Datums zeichnen (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Write to FILE instead of stdout.</source>
        <translation>In FILE statt auf stdout schreiben.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Print counts, schema version and the result of the file check.</source>
        <translation>Anzahlen, Schemaversion und Ergebnis der Dateiprüfung ausgeben.</translation>
    </message>
    <message>
        <source>Check a case file or case JSON without changing it.</source>
        <translation>Falldatei oder Fall-JSON prüfen, ohne sie zu ändern.</translation>
    </message>
    <message>
        <source>Check every link against the export rules (not legal advice).</source>
        <translation>Jede Verbindung anhand der Ausfuhrregeln prüfen (keine Rechtsberatung).</translation>
    </message>
    <message>
        <source>Screen names against the Entity List or another screening list.</source>
        <translation>Namen mit der Entity List oder einer anderen Prüfliste abgleichen.</translation>
    </message>
    <message>
        <source>Usage: chiptrail-cli COMMAND [OPTIONS] [ARGUMENTS]</source>
        <translation>Aufruf: chiptrail-cli BEFEHL [OPTIONEN] [ARGUMENTE]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &quot;chiptrail-cli COMMAND --help&quot; for the options of one command.</source>
        <translation>„chiptrail-cli BEFEHL --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Usage: chiptrail-cli %1</source>
        <translation>Aufruf: chiptrail-cli %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (known: text, json)</source>
        <translation>unbekanntes Format „%1“ (bekannt: text, json)</translation>
    </message>
    <message>
        <source>Rules as of each link&apos;s own date (link, the default) or of one date.</source>
        <translation>Regeln mit Stand des jeweiligen Verbindungsdatums (link, Standard) oder mit Stand eines festen Datums.</translation>
    </message>
    <message>
        <source>link|YYYY-MM-DD</source>
        <translation>link|YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Switch on rule sets that are not the law: ai_diffusion (AI Diffusion Rule as if enforced), iaas_kyc (proposed IaaS KYC rule). Comma-separated; prints what changes.</source>
        <translation>Regelwerke einschalten, die nicht geltendes Recht sind: ai_diffusion (AI-Diffusion-Regel, als wäre sie in Kraft), iaas_kyc (geplante KYC-Regel für IaaS-Anbieter). Kommagetrennt; zeigt, was sich ändert.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>Output format: text or json.</source>
        <translation>Ausgabeformat: text oder json.</translation>
    </message>
    <message>
        <source>check: expected one case file or case JSON file</source>
        <translation>check: genau eine Falldatei oder Fall-JSON-Datei erwartet</translation>
    </message>
    <message>
        <source>check: --rules-at expects &quot;link&quot; or a date YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>check: --rules-at erwartet „link“ oder ein Datum YYYY-MM-DD, nicht „%1“</translation>
    </message>
    <message>
        <source>Compared with the rules in force:</source>
        <translation>Im Vergleich zu den geltenden Regeln:</translation>
    </message>
    <message>
        <source>Read the names to screen from FILE, one per line.</source>
        <translation>Die abzugleichenden Namen aus FILE lesen, einen pro Zeile.</translation>
    </message>
    <message>
        <source>Lowest score to report (0-1).</source>
        <translation>Niedrigster Trefferwert, der gemeldet wird (0-1).</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>SCORE</translation>
    </message>
    <message>
        <source>screen: give names, or --names FILE</source>
        <translation>screen: Namen angeben oder --names FILE</translation>
    </message>
    <message>
        <source>screen: --min-score expects a number from 0 to 1</source>
        <translation>screen: --min-score erwartet eine Zahl von 0 bis 1</translation>
    </message>
    <message>
        <source>no hit</source>
        <translation>kein Treffer</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>Datum unbekannt</translation>
    </message>
    <message>
        <source>A name match is not proof of identity; the official lists control. Not legal advice.</source>
        <translation>Ein Namenstreffer beweist keine Identität; maßgeblich sind die amtlichen Listen. Keine Rechtsberatung.</translation>
    </message>
    <message>
        <source>chart: expected one case file</source>
        <translation>chart: genau eine Falldatei erwartet</translation>
    </message>
    <message>
        <source>chart: --kind must be hops, countries, timeline or findings</source>
        <translation>chart: --kind muss hops, countries, timeline oder findings sein</translation>
    </message>
    <message>
        <source>chart: --format must be png or svg</source>
        <translation>chart: --format muss png oder svg sein</translation>
    </message>
    <message>
        <source>chart: needs an output file (-o FILE)</source>
        <translation>chart: braucht eine Ausgabedatei (-o FILE)</translation>
    </message>
    <message>
        <source>--as-of: expected a date YYYY-MM-DD</source>
        <translation>--as-of: Datum im Format YYYY-MM-DD erwartet</translation>
    </message>
    <message>
        <source>Draw one of the case&apos;s charts as PNG or SVG.</source>
        <translation>Eines der Diagramme des Falls als PNG oder SVG zeichnen.</translation>
    </message>
    <message>
        <source>Chart: hops, countries, timeline or findings.</source>
        <translation>Diagramm: hops, countries, timeline oder findings.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Image format: png or svg.</source>
        <translation>Bildformat: png oder svg.</translation>
    </message>
    <message>
        <source>Show the case as of this date (YYYY-MM-DD).</source>
        <translation>Den Fall mit Stand dieses Datums zeigen (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Write to FILE.</source>
        <translation>In FILE schreiben.</translation>
    </message>
    <message>
        <source>--scale: expected a number from 0.1 to 16</source>
        <translation>--scale: Zahl von 0.1 bis 16 erwartet</translation>
    </message>
    <message>
        <source>chart: %1 could not be started (%2); it draws the charts and is installed beside chiptrail-cli</source>
        <translation>chart: %1 konnte nicht gestartet werden (%2); es zeichnet die Diagramme und wird neben chiptrail-cli installiert</translation>
    </message>
    <message>
        <source>chart: %1 stopped unexpectedly</source>
        <translation>chart: %1 wurde unerwartet beendet</translation>
    </message>
    <message>
        <source>recover: expected the refused case file and a new case file</source>
        <translation>recover: erwartet die abgelehnte Falldatei und eine neue Falldatei</translation>
    </message>
    <message numerus="yes">
        <source>Recovered %n row(s) of %1 into %2</source>
        <translation>
            <numerusform>%n Zeile aus %1 nach %2 gerettet</numerusform>
            <numerusform>%n Zeilen aus %1 nach %2 gerettet</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: not in the file</source>
        <translation>  %1: nicht in der Datei</translation>
    </message>
    <message>
        <source>  %1: %2 copied, %3 skipped</source>
        <translation>  %1: %2 kopiert, %3 übersprungen</translation>
    </message>
    <message>
        <source>  %1: %2 copied</source>
        <translation>  %1: %2 kopiert</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be recovered:</source>
        <translation>
            <numerusform>%n Zeile konnte nicht gerettet werden:</numerusform>
            <numerusform>%n Zeilen konnten nicht gerettet werden:</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy the rows of a case file that was refused (or damaged) into a new case file, leaving it untouched.</source>
        <translation>Die Zeilen einer abgelehnten (oder beschädigten) Falldatei in eine neue Falldatei kopieren; das Original bleibt unberührt.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 problems found (validate; recover: rows skipped), 2 error, 3 licence required (check).</source>
        <translation>Exit-Codes: 0 Erfolg, 1 Probleme gefunden (validate; recover: Zeilen übersprungen), 2 Fehler, 3 genehmigungspflichtig (check).</translation>
    </message>
    <message>
        <source>--time-limit: expected a whole number of seconds, not &quot;%1&quot;</source>
        <translation>--time-limit: erwartet eine ganze Zahl von Sekunden, nicht „%1“</translation>
    </message>
    <message>
        <source>--time-limit SECONDS (before or after the command): how long one query on a case file may run before it is stopped (default 10).</source>
        <translation>--time-limit SEKUNDEN (vor oder nach dem Befehl): wie lange eine Abfrage an eine Falldatei laufen darf, bevor sie abgebrochen wird (Standard 10).</translation>
    </message>
    <message>
        <source>  %1: %2 copied, %3 skipped, the rest unreadable</source>
        <translation>  %1: %2 kopiert, %3 übersprungen, der Rest unlesbar</translation>
    </message>
    <message>
        <source>PNG with --preset bare: pixels per canvas unit (default 2).</source>
        <translation>PNG mit --preset bare: Pixel je Zeichenflächen-Einheit (Vorgabe 2).</translation>
    </message>
    <message>
        <source>Images: page size, web (1200 px wide, PNG at 2×), social (1080 × 1350), a4, a4-landscape, letter, letter-landscape (PNG at 300 dpi) or bare (the chain alone at --scale). Default: web, and a4-landscape for PDF.</source>
        <translation>Bilder: Seitenformat, web (1200 px breit, PNG in 2×), social (1080 × 1350), a4, a4-landscape, letter, letter-landscape (PNG mit 300 dpi) oder bare (nur die Lieferkette, in --scale). Vorgabe: web, für PDF a4-landscape.</translation>
    </message>
    <message>
        <source>PRESET</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Images: leave out title, subtitle and date line.</source>
        <translation>Bilder: ohne Titel, Untertitel und Datumszeile.</translation>
    </message>
    <message>
        <source>Images: leave out the legend.</source>
        <translation>Bilder: ohne Legende.</translation>
    </message>
    <message>
        <source>Images: leave out the numbered sources.</source>
        <translation>Bilder: ohne nummerierte Quellen.</translation>
    </message>
    <message>
        <source>Images: leave out the credit line and disclaimer.</source>
        <translation>Bilder: ohne Grafik-Nachweis und Haftungshinweis.</translation>
    </message>
    <message>
        <source>Images: who made the graphic, for the credit line.</source>
        <translation>Bilder: wer die Grafik gemacht hat, für den Grafik-Nachweis.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>--preset: expected web, social, a4, a4-landscape, letter, letter-landscape or bare</source>
        <translation>--preset: erwartet web, social, a4, a4-landscape, letter, letter-landscape oder bare</translation>
    </message>
    <message>
        <source>warning: %1 The chain was laid out by ChipTrail&apos;s built-in layout instead.</source>
        <translation>Warnung: %1 Die Kette wurde stattdessen mit ChipTrails eigenem Layout angeordnet.</translation>
    </message>
    <message>
        <source>--layout-timeout: expected seconds from 0.1 to 3600</source>
        <translation>--layout-timeout: erwartet Sekunden von 0,1 bis 3600</translation>
    </message>
    <message>
        <source>Images of cases without stored places: stop Graphviz after SECONDS and use the built-in layout (default 60).</source>
        <translation>Bilder von Fällen ohne gespeicherte Plätze: Graphviz nach SEKUNDEN anhalten und das eingebaute Layout verwenden (Vorgabe 60).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>File check:      ok (integrity_check, foreign keys, note excerpts, search index)</source>
        <translation>Dateiprüfung:      ok (integrity_check, Fremdschlüssel, Notizauszüge, Suchindex)</translation>
    </message>
    <message>
        <source>File check:      ok (integrity_check, foreign keys, note excerpts); search index damaged</source>
        <translation>Dateiprüfung:      ok (integrity_check, Fremdschlüssel, Notizauszüge); Suchindex beschädigt</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Print what the merge would do; change nothing.</source>
        <translation>Ausgeben, was die Zusammenführung täte; nichts ändern.</translation>
    </message>
    <message>
        <source>merge-parties: expected a case file, the key of the party to keep and the keys of the parties to merge into it</source>
        <translation>merge-parties: erwartet werden eine Falldatei, der Schlüssel der Partei, die bleibt, und die Schlüssel der Parteien, die in sie zusammengeführt werden</translation>
    </message>
    <message>
        <source>%1: there is no party with key &quot;%2&quot;</source>
        <translation>%1: es gibt keine Partei mit dem Schlüssel „%2“</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Probelauf: nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Not kept (the party kept has its own value):</source>
        <translation>Nicht übernommen (die bleibende Partei hat einen eigenen Wert):</translation>
    </message>
    <message>
        <source>Merge parties found to be the same into the first one named; print what moved.</source>
        <translation>Parteien, die sich als dieselben erwiesen haben, in die zuerst genannte zusammenführen; ausgeben, was übertragen wurde.</translation>
    </message>
    <message>
        <source>Imported into %1: %2</source>
        <translation>Importiert in %1: %2</translation>
    </message>
    <message>
        <source>import: unknown format &quot;%1&quot; (known: json, ftm)</source>
        <translation>import: unbekanntes Format „%1“ (bekannt: json, ftm)</translation>
    </message>
    <message>
        <source>Create a case file from case JSON or FollowTheMoney entities, all or nothing.</source>
        <translation>Eine Falldatei aus Fall-JSON oder FollowTheMoney-Entitäten anlegen, ganz oder gar nicht.</translation>
    </message>
    <message>
        <source>Input format: json (case JSON) or ftm (FollowTheMoney entity JSON lines).</source>
        <translation>Eingabeformat: json (Fall-JSON) oder ftm (FollowTheMoney-Entitäten als JSON-Zeilen).</translation>
    </message>
    <message>
        <source>Write a case as case JSON or FollowTheMoney entities (to stdout unless -o is given) or draw the chain as an image.</source>
        <translation>Einen Fall als Fall-JSON oder FollowTheMoney-Entitäten schreiben (auf die Standardausgabe, wenn -o fehlt) oder die Kette als Bild zeichnen.</translation>
    </message>
    <message>
        <source>Show, import, remove, switch on or off the screening lists that check and the window use.</source>
        <translation>Die Prüflisten zeigen, importieren, entfernen, ein- oder ausschalten, die check und das Fenster verwenden.</translation>
    </message>
    <message>
        <source>No screening lists in %1.</source>
        <translation>Keine Prüflisten in %1.</translation>
    </message>
    <message>
        <source>Also screen against this list file for this run, without importing it: trade.gov Consolidated Screening List (CSV or JSON), OpenSanctions targets.simple.csv, or a ChipTrail list. May be given more than once.</source>
        <translation>Für diesen Lauf zusätzlich mit dieser Listendatei abgleichen, ohne sie zu importieren: Consolidated Screening List von trade.gov (CSV oder JSON), OpenSanctions targets.simple.csv oder eine ChipTrail-Liste. Mehrfach angebbar.</translation>
    </message>
    <message>
        <source>The screening-list store to use (default: $CHIPTRAIL_LISTS, else lists.sqlite in ChipTrail&apos;s data folder).</source>
        <translation>Der zu verwendende Prüflistenspeicher (Standard: $CHIPTRAIL_LISTS, sonst lists.sqlite im Datenordner von ChipTrail).</translation>
    </message>
    <message>
        <source>import: the list&apos;s name (default: the format&apos;s, e.g. &quot;Consolidated Screening List&quot;); the same name replaces a list.</source>
        <translation>import: Name der Liste (Standard: der des Formats, z. B. „Consolidated Screening List“); derselbe Name ersetzt eine Liste.</translation>
    </message>
    <message>
        <source>import: where the file was downloaded.</source>
        <translation>import: wo die Datei heruntergeladen wurde.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>import: the day the file was downloaded or exported (default: the date the file gives, else its last change).</source>
        <translation>import: der Tag, an dem die Datei heruntergeladen oder exportiert wurde (Standard: das Datum in der Datei, sonst ihre letzte Änderung).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>lists: expected no argument, or import FILE, remove NAME, activate NAME or deactivate NAME</source>
        <translation>lists: erwartet kein Argument oder import DATEI, remove NAME, activate NAME bzw. deactivate NAME</translation>
    </message>
    <message>
        <source>lists: --date expects a date YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>lists: --date erwartet ein Datum JJJJ-MM-TT, nicht „%1“</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
    <message>
        <source>Screen as of this day: entries listed after it (or delisted before it) are not hits.</source>
        <translation>Abgleich zum Stand dieses Tages: Einträge, die danach gelistet (oder davor gestrichen) wurden, sind keine Treffer.</translation>
    </message>
    <message>
        <source>screen: --as-of expects a date YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>screen: --as-of erwartet ein Datum JJJJ-MM-TT, nicht „%1“</translation>
    </message>
    <message numerus="yes">
        <source>downloaded %1, %n entries, imported %2</source>
        <translation>
            <numerusform>heruntergeladen am %1, %n Eintrag, importiert %2</numerusform>
            <numerusform>heruntergeladen am %1, %n Einträge, importiert %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported &quot;%1&quot;: %n entries, downloaded %2.</source>
        <translation>
            <numerusform>„%1“ importiert: %n Eintrag, heruntergeladen am %2.</numerusform>
            <numerusform>„%1“ importiert: %n Einträge, heruntergeladen am %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) left out: listed after %1 or delisted before it</source>
        <translation>
            <numerusform>%n Treffer ausgelassen: nach %1 gelistet oder davor gestrichen</numerusform>
            <numerusform>%n Treffer ausgelassen: nach %1 gelistet oder davor gestrichen</numerusform>
        </translation>
    </message>
    <message>
        <source>  merged: &quot;%1&quot; with &quot;%2&quot; (score %3)</source>
        <translation>  zusammengeführt: „%1“ mit „%2“ (Wert %3)</translation>
    </message>
    <message>
        <source>  kept apart: &quot;%1&quot; and &quot;%2&quot; (score %3)</source>
        <translation>  getrennt gelassen: „%1“ und „%2“ (Wert %3)</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>Zeilen gelesen: %1</translation>
    </message>
    <message>
        <source>Links created: %1</source>
        <translation>Verbindungen angelegt: %1</translation>
    </message>
    <message>
        <source>Parties created: %1, reused: %2</source>
        <translation>Parteien angelegt: %1, wiederverwendet: %2</translation>
    </message>
    <message>
        <source>Products created: %1, reused: %2</source>
        <translation>Produkte angelegt: %1, wiederverwendet: %2</translation>
    </message>
    <message>
        <source>Sites created: %1</source>
        <translation>Standorte angelegt: %1</translation>
    </message>
    <message>
        <source>XLSX: the sheet to read (default: the mapping&apos;s, else the first).</source>
        <translation>XLSX: das zu lesende Blatt (Standard: das der Zuordnung, sonst das erste).</translation>
    </message>
    <message>
        <source>Which names become parties already known: exact (same name after folding, the default), none (every name a new party), all (near matches too).</source>
        <translation>Welche Namen zu bekannten Parteien werden: exact (gleicher Name nach dem Falten, Standard), none (jeder Name eine neue Partei), all (auch ähnliche Namen).</translation>
    </message>
    <message>
        <source>WHICH</source>
        <translation>WELCHE</translation>
    </message>
    <message>
        <source>import-table: expected a table file (CSV or XLSX) and a case file</source>
        <translation>import-table: erwartet eine Tabellendatei (CSV oder XLSX) und eine Falldatei</translation>
    </message>
    <message>
        <source>import-table: --accept-matches takes exact, none or all, not &quot;%1&quot;</source>
        <translation>import-table: --accept-matches nimmt exact, none oder all, nicht „%1“</translation>
    </message>
    <message>
        <source>Add the rows of a spreadsheet to a case as links, in one edit.</source>
        <translation>Die Zeilen einer Tabelle als Verbindungen in einen Fall übernehmen, in einem Bearbeitungsschritt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Output format: json, ftm (FollowTheMoney), svg, png, pdf, dot, gexf (Gephi), graphml (yEd), kumu, maltego, i2 (two CSV files each) or xlsx (Kumu).</source>
        <translation>Ausgabeformat: json, ftm (FollowTheMoney), svg, png, pdf, dot, gexf (Gephi), graphml (yEd), kumu, maltego, i2 (je zwei CSV-Dateien) oder xlsx (Kumu).</translation>
    </message>
    <message>
        <source>The column mapping (JSON, see docs/cli.md); without it, columns are read by their names.</source>
        <translation>Die Spaltenzuordnung (JSON, siehe docs/cli.md); ohne sie werden die Spalten nach ihren Namen gelesen.</translation>
    </message>
    <message>
        <source>No --mapping: columns read by their names (write a mapping to choose otherwise):</source>
        <translation>Kein --mapping: Spalten nach ihren Namen gelesen (eine Zuordnung schreiben, um anders zu wählen):</translation>
    </message>
    <message>
        <source>  %1 -&gt; %2</source>
        <translation>  %1 -&gt; %2</translation>
    </message>
    <message>
        <source>%1: no column name says which column holds the seller and which the buyer (e.g. &quot;Seller&quot;, &quot;Verkäufer&quot;, &quot;Buyer&quot;, &quot;Käufer&quot;); pass --mapping FILE (docs/cli.md)</source>
        <translation>%1: kein Spaltenname sagt, welche Spalte den Verkäufer und welche den Käufer enthält (z. B. „Seller“, „Verkäufer“, „Buyer“, „Käufer“); --mapping DATEI angeben (docs/cli.md)</translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n text(s) copied repaired</source>
        <translation>
            <numerusform>  %1: %n Text repariert übernommen</numerusform>
            <numerusform>  %1: %n Texte repariert übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) were copied repaired:</source>
        <translation>
            <numerusform>%n Text wurde repariert übernommen:</numerusform>
            <numerusform>%n Texte wurden repariert übernommen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollapseMenu</name>
    <message>
        <source>E&amp;xpand %1</source>
        <translation>%1 auf&amp;klappen</translation>
    </message>
    <message>
        <source>Collapse Company &amp;Group: %1</source>
        <translation>Unternehmens&amp;gruppe zusammenklappen: %1</translation>
    </message>
    <message>
        <source>&amp;Collapse Country: %1</source>
        <translation>Land zusammen&amp;klappen: %1</translation>
    </message>
    <message>
        <source>Expand &amp;All Groups</source>
        <translation>&amp;Alle Gruppen aufklappen</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Add party “%1”</source>
        <translation>Akteur „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit party “%1”</source>
        <translation>Akteur „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete party “%1”</source>
        <translation>Akteur „%1“ löschen</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>Edit link</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>Delete link</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>Add site “%1”</source>
        <translation>Standort „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit site “%1”</source>
        <translation>Standort „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete site</source>
        <translation>Standort löschen</translation>
    </message>
    <message>
        <source>Add product “%1”</source>
        <translation>Produkt „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit product “%1”</source>
        <translation>Produkt „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete product</source>
        <translation>Produkt löschen</translation>
    </message>
    <message numerus="yes">
        <source>Move %n party(s)</source>
        <translation>
            <numerusform>%n Akteur verschieben</numerusform>
            <numerusform>%n Akteure verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>the note is no longer in this case</source>
        <translation>die Notiz gehört nicht mehr zu diesem Fall</translation>
    </message>
    <message>
        <source>Add source “%1”</source>
        <translation>Quelle „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit source “%1”</source>
        <translation>Quelle „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete source “%1”</source>
        <translation>Quelle „%1“ löschen</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Attach note</source>
        <translation>Notiz zuordnen</translation>
    </message>
    <message>
        <source>Detach note</source>
        <translation>Notiz lösen</translation>
    </message>
    <message>
        <source>a note cannot be its own translation</source>
        <translation>eine Notiz kann nicht ihre eigene Übersetzung sein</translation>
    </message>
    <message>
        <source>Pair translation</source>
        <translation>Übersetzung zuordnen</translation>
    </message>
    <message>
        <source>Unpair translation</source>
        <translation>Zuordnung der Übersetzung aufheben</translation>
    </message>
    <message>
        <source>Write translation</source>
        <translation>Übersetzung schreiben</translation>
    </message>
    <message>
        <source>Edit translation</source>
        <translation>Übersetzung bearbeiten</translation>
    </message>
    <message>
        <source>Set confidence</source>
        <translation>Gewissheit festlegen</translation>
    </message>
    <message>
        <source>Mark screening hit as a match</source>
        <translation>Treffer im Listenabgleich als echten Treffer markieren</translation>
    </message>
    <message>
        <source>Mark screening hit as not a match</source>
        <translation>Treffer im Listenabgleich als „kein Treffer“ markieren</translation>
    </message>
    <message>
        <source>Edit case properties</source>
        <translation>Falleigenschaften bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n party(s) into “%1”</source>
        <translation>
            <numerusform>%n Partei in „%1“ zusammenführen</numerusform>
            <numerusform>%n Parteien in „%1“ zusammenführen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Server integrator</source>
        <translation>Server-Integrator</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>Data-centre operator</source>
        <translation>Rechenzentrumsbetreiber</translation>
    </message>
    <message>
        <source>Cloud tenant</source>
        <translation>Cloud-Mieter</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Universität</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Manufacturers</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Server integrators</source>
        <translation>Server-Integratoren</translation>
    </message>
    <message>
        <source>Distributors</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>Data-centre operators</source>
        <translation>Rechenzentrumsbetreiber</translation>
    </message>
    <message>
        <source>Cloud tenants</source>
        <translation>Cloud-Mieter</translation>
    </message>
    <message>
        <source>Universities</source>
        <translation>Universitäten</translation>
    </message>
    <message>
        <source>Government bodies</source>
        <translation>Behörden</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Other parties</source>
        <translation>Sonstige Akteure</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <source>Lease / remote access</source>
        <translation>Vermietung / Fernzugriff</translation>
    </message>
    <message>
        <source>Ownership / control</source>
        <translation>Eigentum / Kontrolle</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Affiliation / suspected ties</source>
        <translation>Zugehörigkeit / vermutete Verbindungen</translation>
    </message>
    <message>
        <source>Founder / employment</source>
        <translation>Gründer / Anstellung</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>berichtet</translation>
    </message>
    <message>
        <source>suspected</source>
        <translation>vermutet</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>bestritten</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>dementiert</translation>
    </message>
    <message>
        <source>Chip</source>
        <translation>Chip</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>headquarters</source>
        <translation>Hauptsitz</translation>
    </message>
    <message>
        <source>location</source>
        <translation>Lage</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>Betreiber</translation>
    </message>
    <message>
        <source>specification</source>
        <translation>Spezifikation</translation>
    </message>
    <message>
        <source>chips per unit</source>
        <translation>Chips je Einheit</translation>
    </message>
    <message>
        <source>ship-from country</source>
        <translation>Versandland</translation>
    </message>
    <message>
        <source>ship-to country</source>
        <translation>Zielland der Lieferung</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>city</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>headquarters country</source>
        <translation>Land des Hauptsitzes</translation>
    </message>
    <message>
        <source>country of incorporation</source>
        <translation>Land der Eintragung</translation>
    </message>
    <message>
        <source>Telecom</source>
        <translation>Telekommunikationsanbieter</translation>
    </message>
    <message>
        <source>Cloud provider</source>
        <translation>Cloud-Anbieter</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>Investor</translation>
    </message>
    <message>
        <source>Telecoms</source>
        <translation>Telekommunikationsanbieter</translation>
    </message>
    <message>
        <source>Cloud providers</source>
        <translation>Cloud-Anbieter</translation>
    </message>
    <message>
        <source>Investors</source>
        <translation>Investoren</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot be written</source>
        <translation>kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Fall: %1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>alle Zeitpunkte</translation>
    </message>
    <message>
        <source>made with ChipTrail; not legal advice</source>
        <translation>erstellt mit ChipTrail; keine Rechtsberatung</translation>
    </message>
    <message>
        <source>This case has no sources yet.</source>
        <translation>Dieser Fall hat noch keine Quellen.</translation>
    </message>
    <message>
        <source>Supply chain drawn with ChipTrail</source>
        <translation>Lieferkette, gezeichnet mit ChipTrail</translation>
    </message>
    <message>
        <source>the image would be %1 × %2 pixels; choose a smaller scale</source>
        <translation>das Bild wäre %1 × %2 Pixel groß; wählen Sie einen kleineren Maßstab</translation>
    </message>
    <message>
        <source>cannot be written (%1)</source>
        <translation>kann nicht geschrieben werden (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n party name(s) left out: too small to read at this page size</source>
        <translation>
            <numerusform>%n Parteiname weggelassen: bei dieser Seitengröße zu klein zum Lesen</numerusform>
            <numerusform>%n Parteinamen weggelassen: bei dieser Seitengröße zu klein zum Lesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Frame</name>
    <message numerus="yes">
        <source>+ %n more sources in the PDF</source>
        <translation>
            <numerusform>+ %n weitere Quelle im PDF</numerusform>
            <numerusform>+ %n weitere Quellen im PDF</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message numerus="yes">
        <source>%n link label(s) left out where they would cover a card or another label</source>
        <translation>
            <numerusform>%n Beschriftung weggelassen, wo sie eine Karte oder eine andere Beschriftung verdeckt hätte</numerusform>
            <numerusform>%n Beschriftungen weggelassen, wo sie eine Karte oder eine andere Beschriftung verdeckt hätten</numerusform>
        </translation>
    </message>
    <message>
        <source>Licence required</source>
        <translation>Genehmigungspflichtig</translation>
    </message>
    <message>
        <source>Not an export, red flag (cloud loophole, listed ties)</source>
        <translation>Keine Ausfuhr, Warnsignal (Cloud-Schlupfloch, Verbindungen zu gelisteten Akteuren)</translation>
    </message>
    <message>
        <source>No licence required</source>
        <translation>Keine Genehmigung nötig</translation>
    </message>
    <message>
        <source>Not an export</source>
        <translation>Keine Ausfuhr</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>All dates in the case</source>
        <translation>Alle Daten des Falls</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Verdict of the export-rule check (colour and mark)</source>
        <translation>Einstufung nach den Ausfuhrregeln (Farbe und Zeichen)</translation>
    </message>
    <message>
        <source>Line: kind of link</source>
        <translation>Linie: Art der Verbindung</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Gewissheit</translation>
    </message>
    <message>
        <source>Solid card border: confirmed or reported</source>
        <translation>Durchgezogener Kartenrand: bestätigt oder berichtet</translation>
    </message>
    <message>
        <source>Dashed card border: suspected or disputed</source>
        <translation>Gestrichelter Kartenrand: vermutet oder bestritten</translation>
    </message>
    <message>
        <source>Pale line: link disputed or denied</source>
        <translation>Blasse Linie: Verbindung bestritten oder dementiert</translation>
    </message>
    <message>
        <source>Number on a badge: notes backing the party or link; red “!”: no source note</source>
        <translation>Zahl im Kreis: Notizen, die Akteur oder Verbindung belegen; rotes „!“: kein Beleg</translation>
    </message>
    <message>
        <source>Label: product and quantity, dates, confidence</source>
        <translation>Beschriftung: Produkt und Menge, Daten, Gewissheit</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Graphic made with ChipTrail</source>
        <translation>Grafik erstellt mit ChipTrail</translation>
    </message>
    <message>
        <source>Graphic: %1; made with ChipTrail</source>
        <translation>Grafik: %1; erstellt mit ChipTrail</translation>
    </message>
    <message>
        <source>The export-rule verdicts are the program&apos;s reading of public rules and reports: not legal advice.</source>
        <translation>Die Einstufungen sind die Lesart des Programms von öffentlichen Regeln und Berichten: keine Rechtsberatung.</translation>
    </message>
    <message>
        <source>Licence required if the list match is confirmed</source>
        <translation>Genehmigungspflichtig, falls der Listentreffer bestätigt wird</translation>
    </message>
    <message>
        <source>Not yet happened on the as-of date</source>
        <translation>Zum Stichtag noch nicht geschehen</translation>
    </message>
</context>
<context>
    <name>FtmLines</name>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1: line %2</source>
        <translation>%1: Zeile %2</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>expected one entity object per line</source>
        <translation>erwartet wird ein Entitätsobjekt je Zeile</translation>
    </message>
    <message>
        <source>&quot;properties&quot; must be an object</source>
        <translation>„properties“ muss ein Objekt sein</translation>
    </message>
    <message>
        <source>the entity has %1 properties; ChipTrail reads at most %2</source>
        <translation>die Entität hat %1 Eigenschaften; ChipTrail liest höchstens %2</translation>
    </message>
    <message>
        <source>the entity has more than %1 property values</source>
        <translation>die Entität hat mehr als %1 Eigenschaftswerte</translation>
    </message>
    <message>
        <source>property &quot;%1&quot;: expected text or an entity, not %2</source>
        <translation>Eigenschaft „%1“: erwartet wird Text oder eine Entität, nicht %2</translation>
    </message>
    <message>
        <source>the entity has no &quot;%1&quot;</source>
        <translation>die Entität hat kein „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 characters long; ChipTrail reads at most %3</source>
        <translation>„%1“ ist %2 Zeichen lang; ChipTrail liest höchstens %3</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <source>%1: line %2: the line is longer than %3 MB</source>
        <translation>%1: Zeile %2: die Zeile ist länger als %3 MB</translation>
    </message>
    <message>
        <source>%1: reading failed: %2</source>
        <translation>%1: Lesen fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>&quot;target&quot; must be true or false</source>
        <translation>„target“ muss true oder false sein</translation>
    </message>
    <message>
        <source>the entity names more than %1 datasets</source>
        <translation>die Entität nennt mehr als %1 Datensätze</translation>
    </message>
    <message>
        <source>&quot;datasets&quot; must be a list of dataset names</source>
        <translation>„datasets“ muss eine Liste von Datensatznamen sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date and time as text</source>
        <translation>„%1“ muss ein Datum mit Uhrzeit als Text sein</translation>
    </message>
</context>
<context>
    <name>FtmRead</name>
    <message>
        <source>%1: line %2: %3 (%4): %5</source>
        <translation>%1: Zeile %2: %3 (%4): %5</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (JJJJ, JJJJ-MM oder JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>unknown confidence &quot;%1&quot;</source>
        <translation>unbekannte Gewissheit „%1“</translation>
    </message>
    <message>
        <source>%1: line %2: summary: the ChipTrail data is not a JSON object</source>
        <translation>%1: Zeile %2: summary: die ChipTrail-Daten sind kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1: line %2: the id &quot;%3&quot; is on line %4 already</source>
        <translation>%1: Zeile %2: die ID „%3“ steht schon in Zeile %4</translation>
    </message>
    <message>
        <source>%1: line %2: summary: translationOf names the note &quot;%3&quot;, which is not in the file</source>
        <translation>%1: Zeile %2: summary: translationOf nennt die Notiz „%3“, die nicht in der Datei steht</translation>
    </message>
    <message>
        <source>refers to &quot;%1&quot;, which is not a %2 in the file</source>
        <translation>verweist auf „%1“, das in der Datei kein(e) %2 ist</translation>
    </message>
    <message>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>party</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>%1 names &quot;%2&quot;, which is not in the file</source>
        <translation>%1 nennt „%2“, das nicht in der Datei steht</translation>
    </message>
    <message>
        <source>a party needs a name</source>
        <translation>ein Akteur braucht einen Namen</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;</source>
        <translation>unbekannte Rolle „%1“</translation>
    </message>
    <message>
        <source>unknown product kind &quot;%1&quot;</source>
        <translation>unbekannte Produktart „%1“</translation>
    </message>
    <message>
        <source>%1 without both ends</source>
        <translation>%1 ohne beide Enden</translation>
    </message>
    <message>
        <source>unknown link kind &quot;%1&quot;</source>
        <translation>unbekannte Verbindungsart „%1“</translation>
    </message>
    <message>
        <source>quantity &quot;%1&quot; is not a whole number</source>
        <translation>Menge „%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>unknown claim subject &quot;%1&quot;</source>
        <translation>unbekannter Gegenstand einer Aussage „%1“</translation>
    </message>
    <message>
        <source>a claim names &quot;%1&quot;, which is not in the file</source>
        <translation>eine Aussage nennt „%1“, das nicht in der Datei steht</translation>
    </message>
    <message>
        <source>%1 without an excerpt found in its document</source>
        <translation>%1 ohne Auszug, der in seinem Dokument steht</translation>
    </message>
    <message>
        <source>refers to &quot;%1&quot;, which is not in the file</source>
        <translation>verweist auf „%1“, das nicht in der Datei steht</translation>
    </message>
    <message>
        <source>%1: line %2: summary: contains names the product &quot;%3&quot;, which is not in the file</source>
        <translation>%1: Zeile %2: summary: contains nennt das Produkt „%3“, das nicht in der Datei steht</translation>
    </message>
    <message>
        <source>%1: could not open the file: %2</source>
        <translation>%1: die Datei lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>%1 parties, %2 links, %3 sources and %4 notes from %5 entities</source>
        <translation>%1 Akteure, %2 Verbindungen, %3 Quellen und %4 Notizen aus %5 Entitäten</translation>
    </message>
    <message>
        <source>not taken: %1</source>
        <translation>nicht übernommen: %1</translation>
    </message>
    <message>
        <source>%1 with a %2</source>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <source>%1 in a %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>claims on entities not taken</source>
        <translation>Aussagen über nicht übernommene Entitäten</translation>
    </message>
</context>
<context>
    <name>FtmWrite</name>
    <message>
        <source>%1: could not write the file: %2</source>
        <translation>%1: die Datei lässt sich nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <source>Graphviz gave a layout that cannot be read: %1</source>
        <translation>Graphviz hat eine Anordnung geliefert, die nicht gelesen werden kann: %1</translation>
    </message>
    <message>
        <source>edge %1 has a bad point &quot;%2&quot;</source>
        <translation>Kante %1 hat einen ungültigen Punkt „%2“</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <source>the document is not a JSON object</source>
        <translation>das Dokument ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the graph has no bounding box</source>
        <translation>der Graph hat keinen Begrenzungsrahmen</translation>
    </message>
    <message>
        <source>object %1 has no name</source>
        <translation>Objekt %1 hat keinen Namen</translation>
    </message>
    <message>
        <source>node %1 has no position</source>
        <translation>Knoten %1 hat keine Position</translation>
    </message>
    <message>
        <source>edge %1 joins unknown nodes</source>
        <translation>Kante %1 verbindet unbekannte Knoten</translation>
    </message>
    <message numerus="yes">
        <source>Graphviz dot, %n node(s)</source>
        <translation>
            <numerusform>Graphviz dot, %n Knoten</numerusform>
            <numerusform>Graphviz dot, %n Knoten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Graphviz sfdp, %n node(s)</source>
        <translation>
            <numerusform>Graphviz sfdp, %n Knoten</numerusform>
            <numerusform>Graphviz sfdp, %n Knoten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>built-in tiered layout, %n node(s)</source>
        <translation>
            <numerusform>eingebaute Ebenenanordnung, %n Knoten</numerusform>
            <numerusform>eingebaute Ebenenanordnung, %n Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>The layout was cancelled.</source>
        <translation>Die Anordnung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Graphviz is needed to lay out the chain, but the program &quot;%1&quot; was not found. Install the Debian package graphviz (sudo apt install graphviz).</source>
        <translation>Für die Anordnung der Kette wird Graphviz gebraucht, aber das Programm „%1“ wurde nicht gefunden. Installieren Sie das Debian-Paket graphviz (sudo apt install graphviz).</translation>
    </message>
    <message>
        <source>Graphviz (%1) wrote more than %2 and was stopped.</source>
        <translation>Graphviz (%1) hat mehr als %2 ausgegeben und wurde angehalten.</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>keine Meldung</translation>
    </message>
    <message>
        <source>Graphviz (%1) did not finish within %2 s and was stopped. A simpler layout (without countries, or the built-in layout) is faster.</source>
        <translation>Graphviz (%1) ist nicht innerhalb von %2 s fertig geworden und wurde angehalten. Eine einfachere Anordnung (ohne Länder oder die eingebaute Anordnung) geht schneller.</translation>
    </message>
    <message>
        <source>Graphviz (%1) crashed while laying out the chain: %2</source>
        <translation>Graphviz (%1) ist beim Anordnen der Kette abgestürzt: %2</translation>
    </message>
    <message>
        <source>Graphviz (%1) failed with exit code %2: %3</source>
        <translation>Graphviz (%1) ist mit Exit-Code %2 gescheitert: %3</translation>
    </message>
    <message>
        <source>The layout has no place for node %1.</source>
        <translation>Die Anordnung hat keinen Platz für den Knoten %1.</translation>
    </message>
    <message>
        <source>Built-in layout</source>
        <translation>Eingebaute Anordnung</translation>
    </message>
    <message>
        <source>Running %1</source>
        <translation>%1 läuft</translation>
    </message>
</context>
<context>
    <name>LinkChartExport</name>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
</context>
<context>
    <name>LinkChartExportActions</name>
    <message>
        <source>Gephi files (*.gexf)</source>
        <translation>Gephi-Dateien (*.gexf)</translation>
    </message>
    <message>
        <source>GraphML files (*.graphml)</source>
        <translation>GraphML-Dateien (*.graphml)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export chain</source>
        <translation>Kette exportieren</translation>
    </message>
    <message>
        <source>Another export is still running; wait for it or cancel it.</source>
        <translation>Ein anderer Export läuft noch; warten Sie ihn ab oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>Export chain (two files: NAME-elements.csv and NAME-connections.csv)</source>
        <translation>Kette exportieren (zwei Dateien: NAME-elements.csv und NAME-connections.csv)</translation>
    </message>
    <message>
        <source>&amp;Gephi (GEXF)…</source>
        <translation>&amp;Gephi (GEXF)…</translation>
    </message>
    <message>
        <source>Graph&amp;ML (yEd)…</source>
        <translation>Graph&amp;ML (yEd)…</translation>
    </message>
    <message>
        <source>&amp;Kumu (CSV)…</source>
        <translation>&amp;Kumu (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Maltego (CSV)…</source>
        <translation>&amp;Maltego (CSV)…</translation>
    </message>
    <message>
        <source>&amp;i2 Analyst&apos;s Notebook (CSV)…</source>
        <translation>&amp;i2 Analyst&apos;s Notebook (CSV)…</translation>
    </message>
    <message>
        <source>Kumu (&amp;XLSX)…</source>
        <translation>Kumu (&amp;XLSX)…</translation>
    </message>
</context>
<context>
    <name>PartyMergeText</name>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>Verlässlichkeit</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>confidence of the %1</source>
        <translation>Verlässlichkeit von „%1“</translation>
    </message>
    <message>
        <source>screening decision on list entry %1</source>
        <translation>Prüfentscheidung zum Listeneintrag %1</translation>
    </message>
    <message>
        <source>%1 merged into %2, then removed</source>
        <translation>%1 in %2 zusammengeführt, danach entfernt</translation>
    </message>
    <message>
        <source>Links moved: %1</source>
        <translation>Verbindungen übertragen: %1</translation>
    </message>
    <message>
        <source>Notes moved: %1</source>
        <translation>Notizen übertragen: %1</translation>
    </message>
    <message>
        <source>Sites now operated by %1: %2</source>
        <translation>Standorte, die jetzt %1 betreibt: %2</translation>
    </message>
    <message>
        <source>Screening decisions moved: %1</source>
        <translation>Prüfentscheidungen übertragen: %1</translation>
    </message>
    <message>
        <source>New aliases: %1</source>
        <translation>Neue Alias-Namen: %1</translation>
    </message>
    <message>
        <source>Names already known (the same after folding, not added again): %1</source>
        <translation>Schon bekannte Namen (nach der Normalisierung gleich, nicht noch einmal aufgenommen): %1</translation>
    </message>
    <message>
        <source>New identifiers: %1</source>
        <translation>Neue Kennungen: %1</translation>
    </message>
    <message>
        <source>Empty fields filled: %1</source>
        <translation>Leere Felder gefüllt: %1</translation>
    </message>
    <message>
        <source>%1 takes the place on the canvas of the party merged into it</source>
        <translation>%1 übernimmt den Platz der hineingeführten Partei auf der Arbeitsfläche</translation>
    </message>
    <message>
        <source>%1: kept %2, dropped %3 (of %4)</source>
        <translation>%1: %2 behalten, %3 verworfen (von %4)</translation>
    </message>
    <message>
        <source>Screening decision on %1 (%2) of %3 dropped: %4 has its own</source>
        <translation>Prüfentscheidung zu %1 (%2) von %3 verworfen: %4 hat eine eigene</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>a match</source>
        <translation>ein Treffer</translation>
    </message>
    <message>
        <source>not a match</source>
        <translation>kein Treffer</translation>
    </message>
</context>
<context>
    <name>Picture</name>
    <message>
        <source>More than %1 cards: lines of moved cards keep ChipTrail&apos;s own routing.</source>
        <translation>Mehr als %1 Karten: Die Linien verschobener Karten behalten ChipTrails eigene Führung.</translation>
    </message>
</context>
<context>
    <name>PictureText</name>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>No country</source>
        <translation>Kein Land</translation>
    </message>
    <message>
        <source>%1 group</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>Company group</source>
        <translation>Unternehmensgruppe</translation>
    </message>
    <message>
        <source>owns %1 %</source>
        <translation>besitzt %1 %</translation>
    </message>
    <message>
        <source>%1, owns %2 %</source>
        <translation>%1, besitzt %2 %</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Unsaved case</source>
        <translation>Ungespeicherter Fall</translation>
    </message>
    <message>
        <source>The case “%1” has not been saved under a name yet.</source>
        <translation>Der Fall „%1“ wurde noch nicht unter einem Namen gespeichert.</translation>
    </message>
    <message>
        <source>Save it now, or discard its parties, links and notes for good?</source>
        <translation>Jetzt speichern – oder seine Akteure, Verbindungen und Notizen endgültig verwerfen?</translation>
    </message>
    <message>
        <source>Save case as</source>
        <translation>Fall speichern unter</translation>
    </message>
    <message>
        <source>ChipTrail cases (*.chiptrail)</source>
        <translation>ChipTrail-Fälle (*.chiptrail)</translation>
    </message>
    <message>
        <source>Recover unsaved case</source>
        <translation>Ungespeicherten Fall wiederherstellen</translation>
    </message>
    <message>
        <source>An unsaved case from %1 was found: “%2”.</source>
        <translation>Ein ungespeicherter Fall vom %1 wurde gefunden: „%2“.</translation>
    </message>
    <message>
        <source>Parties: %1, links: %2, notes: %3.

Recover it now, discard it for good, or decide at the next start?</source>
        <translation>Akteure: %1, Verbindungen: %2, Notizen: %3.

Jetzt wiederherstellen, endgültig verwerfen oder beim nächsten Start entscheiden?</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Damaged unsaved case</source>
        <translation>Beschädigter ungespeicherter Fall</translation>
    </message>
    <message>
        <source>An unsaved case left by an earlier run cannot be opened: %1</source>
        <translation>Ein ungespeicherter Fall aus einer früheren Sitzung lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>It was kept as %1. File → Recover Data… may save its rows.</source>
        <translation>Er wurde als %1 aufbewahrt. Datei → Daten retten… kann seine Zeilen vielleicht retten.</translation>
    </message>
</context>
<context>
    <name>Recover</name>
    <message>
        <source>Recovering %1…</source>
        <translation>%1 wird gerettet…</translation>
    </message>
    <message>
        <source>Recover Data</source>
        <translation>Daten retten</translation>
    </message>
    <message>
        <source>Recover data from a damaged case</source>
        <translation>Daten aus einem beschädigten Fall retten</translation>
    </message>
    <message>
        <source>ChipTrail cases (*.chiptrail);;All files (*)</source>
        <translation>ChipTrail-Fälle (*.chiptrail);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save the recovered case as</source>
        <translation>Geretteten Fall speichern unter</translation>
    </message>
    <message>
        <source>%1 (recovered).chiptrail</source>
        <translation>%1 (gerettet).chiptrail</translation>
    </message>
    <message>
        <source>ChipTrail cases (*.chiptrail)</source>
        <translation>ChipTrail-Fälle (*.chiptrail)</translation>
    </message>
    <message>
        <source>The recovered case must go to a new file, not over the damaged one.</source>
        <translation>Der gerettete Fall muss in eine neue Datei, nicht über die beschädigte.</translation>
    </message>
    <message>
        <source>Rows saved: %1. Rows that could not be saved: %2.</source>
        <translation>Gerettete Zeilen: %1. Nicht zu rettende Zeilen: %2.</translation>
    </message>
    <message>
        <source>The recovered case was written to %1.</source>
        <translation>Der gerettete Fall wurde nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Recover Data cancelled; %1 was not written</source>
        <translation>Daten retten abgebrochen; %1 wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>Texts saved repaired: %1.</source>
        <translation>Repariert gerettete Texte: %1.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RuleData</name>
    <message>
        <source>Advanced computing ICs (ECCN 3A090/4A090), original rule</source>
        <translation>ICs für Advanced Computing (ECCN 3A090/4A090), ursprüngliche Regel</translation>
    </message>
    <message>
        <source>Advanced computing ICs, revised thresholds (TPP and performance density); destination and headquarters expansion</source>
        <translation>ICs für Advanced Computing, überarbeitete Schwellenwerte (TPP und Leistungsdichte); erweitert um Bestimmungsländer und Hauptsitz</translation>
    </message>
    <message>
        <source>HBM controls (3A090.c) and FDP refinements</source>
        <translation>HBM-Kontrollen (3A090.c) und Präzisierungen der FDP-Regeln</translation>
    </message>
    <message>
        <source>Cases do not record memory stacks as products; HBM co-packaged with a logic IC is excluded from 3A090.c.</source>
        <translation>Fälle erfassen Speicherstapel nicht als Produkte; HBM, das mit einem Logik-IC in einem Gehäuse sitzt, ist von 3A090.c ausgenommen.</translation>
    </message>
    <message>
        <source>Is-informed licence requirement for NVIDIA H20 / AMD MI308 and equivalents</source>
        <translation>Genehmigungspflicht per Is-informed-Schreiben für NVIDIA H20 / AMD MI308 und vergleichbare Chips</translation>
    </message>
    <message>
        <source>BIS guidance of May 13, 2025 (GP10 and Ascend chips, AI-training policy statement incl. IaaS, diversion red flags)</source>
        <translation>BIS-Leitlinien vom 13. Mai 2025 (GP10 und Ascend-Chips, Grundsatzerklärung zum KI-Training einschl. IaaS, Warnsignale für Umleitung)</translation>
    </message>
    <message>
        <source>Remote or cloud access to chips located abroad (the cloud loophole)</source>
        <translation>Fern- oder Cloud-Zugang zu Chips im Ausland (das Cloud-Schlupfloch)</translation>
    </message>
    <message>
        <source>Case-by-case licence review for China/Macau, H200 class</source>
        <translation>Einzelfallprüfung von Genehmigungen für China/Macau, H200-Klasse</translation>
    </message>
    <message>
        <source>commercially available in the US; exporter certifies US supply sufficiency, no diversion of foundry capacity, recipient security procedures and independent third-party testing in the US</source>
        <translation>in den USA im Handel erhältlich; der Exporteur bestätigt ausreichende Versorgung in den USA, keine Umleitung von Fertigungskapazität, Sicherheitsverfahren beim Empfänger und unabhängige Prüfung durch Dritte in den USA</translation>
    </message>
    <message>
        <source>Entity List (Supplement No. 4 to 15 CFR Part 744)</source>
        <translation>Entity List (Supplement No. 4 zu 15 CFR Part 744)</translation>
    </message>
    <message>
        <source>Affiliates (50 %) Rule</source>
        <translation>Affiliates-Regel (50 %)</translation>
    </message>
    <message>
        <source>Malaysia: Strategic Trade Permit for US-origin high-performance AI chips (local rule)</source>
        <translation>Malaysia: Strategic Trade Permit für Hochleistungs-KI-Chips aus den USA (lokale Regel)</translation>
    </message>
    <message>
        <source>Foundry/OSAT due-diligence rule</source>
        <translation>Sorgfaltspflichten für Auftragsfertiger und OSAT</translation>
    </message>
    <message>
        <source>Concerns foundries and packagers, not the links a case records.</source>
        <translation>Betrifft Auftragsfertiger und Packaging-Dienstleister, nicht die Verbindungen, die ein Fall erfasst.</translation>
    </message>
    <message>
        <source>AI Diffusion Rule as if enforced</source>
        <translation>AI-Diffusion-Regel, als würde sie durchgesetzt</translation>
    </message>
    <message>
        <source>never enforced: BIS announced rescission and non-enforcement on 2025-05-13</source>
        <translation>nie durchgesetzt: BIS kündigte am 13.05.2025 Aufhebung und Nichtdurchsetzung an</translation>
    </message>
    <message>
        <source>Proposed IaaS KYC rule</source>
        <translation>Geplante KYC-Regel für IaaS-Anbieter</translation>
    </message>
    <message>
        <source>proposed only; no final rule found</source>
        <translation>nur vorgeschlagen; keine endgültige Regel gefunden</translation>
    </message>
    <message>
        <source>ChipTrail compares the facts of a case with public summaries of export rules; the official texts (Federal Register, CFR, the lists themselves) control, and the facts marked unverified must be checked before anyone relies on them.</source>
        <translation>ChipTrail vergleicht die Fakten eines Falls mit öffentlichen Zusammenfassungen der Ausfuhrregeln; maßgeblich sind die amtlichen Texte (Federal Register, CFR, die Listen selbst), und die als nicht verifiziert markierten Fakten müssen geprüft werden, bevor sich jemand darauf verlässt.</translation>
    </message>
    <message>
        <source>suspended from 2025-11-10 for one year (to 2026-11-10) as part of a U.S.-China arrangement</source>
        <translation>ab 2025-11-10 für ein Jahr (bis 2026-11-10) ausgesetzt, als Teil einer Vereinbarung zwischen den USA und China</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 unknown</source>
        <translation>%1 unbekannt</translation>
    </message>
    <message>
        <source>interconnect GB/s</source>
        <translation>Interconnect GB/s</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>cannot tell</source>
        <translation>nicht feststellbar</translation>
    </message>
    <message>
        <source>No advanced-computing item rule was in force on this date (ECCN 3A090 dates from 2022-10-07).</source>
        <translation>An diesem Datum galt keine Güterregel für Advanced Computing (ECCN 3A090 gilt seit 2022-10-07).</translation>
    </message>
    <message>
        <source>TPP unknown: the chip cannot be classified.</source>
        <translation>TPP unbekannt: Der Chip kann nicht eingestuft werden.</translation>
    </message>
    <message>
        <source>PD = TPP %1 ÷ die area %2 mm² = %3</source>
        <translation>PD = TPP %1 ÷ Die-Fläche %2 mm² = %3</translation>
    </message>
    <message>
        <source>Note 2: not designed or marketed for data centres and TPP %1 &lt; %2 → %3</source>
        <translation>Anmerkung 2: nicht für Rechenzentren entwickelt oder vermarktet und TPP %1 &lt; %2 → %3</translation>
    </message>
    <message>
        <source>excluded from 3A090</source>
        <translation>von 3A090 ausgenommen</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>greift nicht</translation>
    </message>
    <message>
        <source>system with %1 × %2</source>
        <translation>System mit %1 × %2</translation>
    </message>
    <message>
        <source>4A090.b did not exist yet on this date (%1)</source>
        <translation>4A090.b gab es an diesem Datum noch nicht (%1)</translation>
    </message>
    <message>
        <source>Computers and assemblies containing %1 ICs are %2.</source>
        <translation>Computer und Baugruppen mit %1-ICs fallen unter %2.</translation>
    </message>
    <message>
        <source>U: unverified</source>
        <translation>U: nicht verifiziert</translation>
    </message>
    <message>
        <source>NOT LEGAL ADVICE. %1</source>
        <translation>KEINE RECHTSBERATUNG. %1</translation>
    </message>
    <message>
        <source>Rules as of: %1</source>
        <translation>Regeln mit Stand: %1</translation>
    </message>
    <message>
        <source>each link&apos;s own date</source>
        <translation>Datum der jeweiligen Verbindung</translation>
    </message>
    <message>
        <source>; counterfactual rule sets switched on: %1</source>
        <translation>; aktivierte kontrafaktische Regelwerke: %1</translation>
    </message>
    <message>
        <source>; item %1</source>
        <translation>; Gut %1</translation>
    </message>
    <message>
        <source>; review %1</source>
        <translation>; Prüfung %1</translation>
    </message>
    <message>
        <source>  rules as of %1</source>
        <translation>  Regeln mit Stand %1</translation>
    </message>
    <message>
        <source>; flags: %1</source>
        <translation>; Hinweise: %1</translation>
    </message>
    <message>
        <source>[counterfactual] </source>
        <translation>[kontrafaktisch] </translation>
    </message>
    <message>
        <source>rule %1; %2</source>
        <translation>Regel %1; %2</translation>
    </message>
    <message>
        <source>  evidence: %1</source>
        <translation>  Belege: %1</translation>
    </message>
    <message>
        <source>Chain %1: worst %2 (at %3); end user %4 (headquarters %5)</source>
        <translation>Kette %1: ungünstigste Einstufung %2 (bei %3); Endverwender %4 (Hauptsitz %5)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>, ultimate parent %1</source>
        <translation>, oberste Muttergesellschaft %1</translation>
    </message>
    <message>
        <source>Screening: %1 ~ &quot;%2&quot; (%3, listed %4), score %5, %6%7</source>
        <translation>Listenabgleich: %1 ~ „%2“ (%3, gelistet seit %4), Trefferwert %5, %6%7</translation>
    </message>
    <message>
        <source>match</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>possible match</source>
        <translation>möglicher Treffer</translation>
    </message>
    <message>
        <source>Worst verdict: %1. Not legal advice.</source>
        <translation>Strengste Einstufung: %1. Keine Rechtsberatung.</translation>
    </message>
    <message>
        <source>No finding changes.</source>
        <translation>Kein Befund ändert sich.</translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation>Was sich ändert:</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: offset %2: %3</source>
        <translation>%1: Position %2: %3</translation>
    </message>
    <message>
        <source>%1: expected a JSON object</source>
        <translation>%1: JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <source>a non-empty string is required</source>
        <translation>nicht leere Zeichenkette erforderlich</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>a number is required</source>
        <translation>Zahl erforderlich</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD) is required</source>
        <translation>Datum (JJJJ-MM-TT) erforderlich</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation>Datum im Format JJJJ-MM-TT erwartet</translation>
    </message>
    <message>
        <source>(unknown party)</source>
        <translation>(unbekannter Akteur)</translation>
    </message>
    <message>
        <source>Lease or remote access: the hardware stays where it is, so the link is not an export of it (15 CFR 734.13).</source>
        <translation>Vermietung oder Fernzugriff: Die Hardware bleibt, wo sie ist; die Verbindung ist daher keine Ausfuhr der Hardware (15 CFR 734.13).</translation>
    </message>
    <message>
        <source>Link kind &quot;%1&quot; moves no hardware: not an export; checked for the ties it reveals.</source>
        <translation>Verbindungsart „%1“ bewegt keine Hardware: keine Ausfuhr; geprüft wird nur, welche Verflechtungen sie offenlegt.</translation>
    </message>
    <message>
        <source>Ship-from country not recorded; assumed to be the seller&apos;s home country (%1).</source>
        <translation>Versandland nicht erfasst; angenommen wird das Heimatland des Verkäufers (%1).</translation>
    </message>
    <message>
        <source>ship-to country</source>
        <translation>Zielland der Lieferung</translation>
    </message>
    <message>
        <source>country of the site &quot;%1&quot;</source>
        <translation>Land des Standorts „%1“</translation>
    </message>
    <message>
        <source>buyer&apos;s home country (no ship-to or site recorded)</source>
        <translation>Heimatland des Käufers (weder Zielland noch Standort erfasst)</translation>
    </message>
    <message>
        <source>%1 → %2 (%3): a transfer inside one country is not an export.</source>
        <translation>%1 → %2 (%3): Eine Verbringung im Inland ist keine Ausfuhr.</translation>
    </message>
    <message>
        <source>%1 → %2 (%3): crosses a border from the US, an export.</source>
        <translation>%1 → %2 (%3): Grenzübertritt aus den USA, also eine Ausfuhr.</translation>
    </message>
    <message>
        <source>%1 → %2 (%3): crosses a border outside the US, a reexport of a US item (assumed subject to the EAR).</source>
        <translation>%1 → %2 (%3): Grenzübertritt außerhalb der USA, also eine Wiederausfuhr eines US-Guts (Annahme: unterliegt den EAR).</translation>
    </message>
    <message>
        <source>No product (or no chip inside it) recorded: the item cannot be classified.</source>
        <translation>Kein Produkt (oder kein Chip darin) erfasst: Das Gut kann nicht eingestuft werden.</translation>
    </message>
    <message>
        <source>%1 is %2 under %3: %4</source>
        <translation>%1 ist als %2 eingestuft (%3): %4</translation>
    </message>
    <message>
        <source>no item rule</source>
        <translation>keine Güterregel</translation>
    </message>
    <message>
        <source> (chip figures are %1 in the case)</source>
        <translation> (Chipdaten im Fall nur mit Gewissheit %1)</translation>
    </message>
    <message>
        <source>%1 is in %2 but also in %3, so the destination rule excludes it.</source>
        <translation>%1 gehört zu %2, aber auch zu %3; die Bestimmungslandregel schließt das Land daher aus.</translation>
    </message>
    <message>
        <source>none of the country groups ChipTrail knows</source>
        <translation>keine der ChipTrail bekannten Ländergruppen</translation>
    </message>
    <message>
        <source>Destination %1 (groups on %2: %3) is outside the licence scope %4.</source>
        <translation>Bestimmungsland %1 (Ländergruppen am %2: %3) liegt außerhalb des genehmigungspflichtigen Bereichs %4.</translation>
    </message>
    <message>
        <source>Destination %1 is in the licence scope (%2), but the item (%3) is not caught.</source>
        <translation>Bestimmungsland %1 liegt im genehmigungspflichtigen Bereich (%2), aber das Gut (%3) ist nicht erfasst.</translation>
    </message>
    <message>
        <source>Destination %1 is in the licence scope via %2 (groups: %3): licence required for %4.</source>
        <translation>Bestimmungsland %1 liegt über %2 im genehmigungspflichtigen Bereich (Ländergruppen: %3): %4 ist genehmigungspflichtig.</translation>
    </message>
    <message>
        <source>License Exception ACA may be available for D:1/D:4 destinations (a possible authorisation, not proof of compliance).</source>
        <translation>Für Bestimmungsländer in D:1/D:4 kommt die License Exception ACA in Frage (eine mögliche Genehmigungsgrundlage, kein Nachweis der Rechtskonformität).</translation>
    </message>
    <message>
        <source>%1 is headquartered in %2 (%3)</source>
        <translation>%1 hat den Hauptsitz in %2 (%3)</translation>
    </message>
    <message>
        <source>%1&apos;s ultimate parent %2 is headquartered in %3 (%4)</source>
        <translation>Die oberste Muttergesellschaft von %1, %2, hat den Hauptsitz in %3 (%4)</translation>
    </message>
    <message>
        <source>%1: licence required for %2 wherever the end user is located (%3).</source>
        <translation>%1: %2 ist genehmigungspflichtig, unabhängig vom Standort des Endverwenders (%3).</translation>
    </message>
    <message>
        <source>BIS confirmed that this headquarters rule is still enforced.</source>
        <translation>BIS hat bestätigt, dass diese Hauptsitz-Regel weiterhin durchgesetzt wird.</translation>
    </message>
    <message>
        <source>. Licence required for all items subject to the EAR; review: %1.</source>
        <translation>. Genehmigungspflicht für alle Güter, die den EAR unterliegen; Prüfung: %1.</translation>
    </message>
    <message>
        <source>Entity List licence requirements also cover transfers (in-country) abroad.</source>
        <translation>Die Genehmigungspflichten der Entity List gelten auch für Verbringungen im Inland außerhalb der USA.</translation>
    </message>
    <message>
        <source>the chip is the %1</source>
        <translation>der Chip ist der %1</translation>
    </message>
    <message>
        <source>memory bandwidth %1 GB/s ≥ %2 GB/s (H20 level)</source>
        <translation>Speicherbandbreite %1 GB/s ≥ %2 GB/s (H20-Niveau)</translation>
    </message>
    <message>
        <source>interconnect %1 GB/s ≥ %2 GB/s (H20 level)</source>
        <translation>Interconnect %1 GB/s ≥ %2 GB/s (H20-Niveau)</translation>
    </message>
    <message>
        <source>Is-informed licence requirement: %1, and %2.</source>
        <translation>Genehmigungspflicht per „Is-informed“-Mitteilung: %1 und %2.</translation>
    </message>
    <message>
        <source>%1 is headquartered in %2</source>
        <translation>%1 hat den Hauptsitz in %2</translation>
    </message>
    <message>
        <source>the destination is %1</source>
        <translation>das Bestimmungsland ist %1</translation>
    </message>
    <message>
        <source>Licence review: %1 (%2).</source>
        <translation>Genehmigungsprüfung: %1 (%2).</translation>
    </message>
    <message>
        <source>TPP %1 &lt; %2 (%3) and DRAM bandwidth %4 &lt; %5 GB/s (%6)</source>
        <translation>TPP %1 &lt; %2 (%3) und DRAM-Bandbreite %4 &lt; %5 GB/s (%6)</translation>
    </message>
    <message>
        <source>Outside the case-by-case review band: %1.</source>
        <translation>Außerhalb des Bereichs der Einzelfallprüfung: %1.</translation>
    </message>
    <message>
        <source>In the review band (%1), but %2 is headquartered in %3 outside it: presumption of denial kept.</source>
        <translation>Im Bereich der Einzelfallprüfung (%1), aber %2 hat den Hauptsitz in %3 außerhalb davon: Die Vermutung der Ablehnung bleibt bestehen.</translation>
    </message>
    <message>
        <source>Review band for China/Macau: %1 → %2, if the conditions are met (%3).</source>
        <translation>Bereich der Einzelfallprüfung für China/Macau: %1 → %2, sofern die Bedingungen erfüllt sind (%3).</translation>
    </message>
    <message>
        <source>%1 is a PRC advanced-computing IC named in the BIS guidance: using, selling, transferring, financing or servicing it risks General Prohibition 10.</source>
        <translation>%1 ist ein in der BIS-Leitlinie genannter chinesischer Advanced-Computing-IC: Wer ihn nutzt, verkauft, weitergibt, finanziert oder wartet, riskiert einen Verstoß gegen General Prohibition 10.</translation>
    </message>
    <message>
        <source>%1 (a local rule, not a US verdict): the hardware is exported from, or transshipped or in transit through, %2.</source>
        <translation>%1 (eine lokale Regel, keine US-Einstufung): Die Hardware wird aus %2 ausgeführt oder dort umgeladen bzw. im Transit durchgeführt.</translation>
    </message>
    <message>
        <source>Cloud access loophole: %1 (headquartered in %2, %3) uses %4 chips (%5) that stay in %6. The headquarters rule covers exports and transfers to such parties, not renting them compute.</source>
        <translation>Schlupfloch Cloud-Zugang: %1 (Hauptsitz in %2, %3) nutzt %4 Chips (%5), die vor Ort bleiben (%6). Die Hauptsitz-Regel erfasst Ausfuhren und Verbringungen an solche Akteure, nicht aber die Vermietung von Rechenleistung an sie.</translation>
    </message>
    <message>
        <source>an unknown number of</source>
        <translation>eine unbekannte Zahl von</translation>
    </message>
    <message>
        <source>the provider&apos;s site</source>
        <translation>Standort des Anbieters</translation>
    </message>
    <message>
        <source>BIS policy statement (May 2025): a licence may be required where there is knowledge that 3A090.a/4A090.a items, including through IaaS providers, train AI models for D:5/Macau-headquartered parties with WMD or military-intelligence end uses. The case records no such knowledge.</source>
        <translation>BIS-Grundsatzerklärung (Mai 2025): Eine Genehmigung kann erforderlich sein, wenn bekannt ist, dass mit Gütern nach 3A090.a/4A090.a – auch über IaaS-Anbieter – KI-Modelle für Akteure mit Hauptsitz in D:5/Macau trainiert werden, die Massenvernichtungswaffen- oder militärisch-nachrichtendienstliche Endverwendungen verfolgen. Im Fall ist keine solche Kenntnis erfasst.</translation>
    </message>
    <message>
        <source>Proposed IaaS KYC rule (%1): would require US IaaS providers and their foreign resellers to identify foreign customers; not in force.</source>
        <translation>Geplante KYC-Regel für IaaS-Anbieter (%1): würde US-IaaS-Anbieter und ihre ausländischen Wiederverkäufer verpflichten, ausländische Kunden zu identifizieren; nicht in Kraft.</translation>
    </message>
    <message>
        <source>AI Diffusion Rule as if enforced: %1 is Tier 1, License Exception AIA.</source>
        <translation>Angenommen, die AI-Diffusion-Regel würde durchgesetzt: %1 ist Tier 1, License Exception AIA.</translation>
    </message>
    <message>
        <source>AI Diffusion Rule as if enforced: %1 is Tier 3 (%2): licence required.</source>
        <translation>Angenommen, die AI-Diffusion-Regel würde durchgesetzt: %1 ist Tier 3 (%2): genehmigungspflichtig.</translation>
    </message>
    <message>
        <source>%1 chips × TPP %2 ÷ %3 (H100) = %4 H100-equivalents</source>
        <translation>%1 Chips × TPP %2 ÷ %3 (H100) = %4 H100-Äquivalente</translation>
    </message>
    <message>
        <source>AI Diffusion Rule as if enforced: %1 is Tier 2 and the quantity is unknown, so the low-processing-performance allowance cannot be shown: licence required.</source>
        <translation>Angenommen, die AI-Diffusion-Regel würde durchgesetzt: %1 ist Tier 2 und die Menge ist unbekannt, daher lässt sich die Freigrenze für geringe Rechenleistung nicht nachweisen: genehmigungspflichtig.</translation>
    </message>
    <message>
        <source>AI Diffusion Rule as if enforced: %1 is Tier 2; %2 &gt; %3 (low-processing-performance allowance per customer and year): licence required, counted against the country cap of %4 TPP.</source>
        <translation>Angenommen, die AI-Diffusion-Regel würde durchgesetzt: %1 ist Tier 2; %2 &gt; %3 (Freigrenze für geringe Rechenleistung je Kunde und Jahr): genehmigungspflichtig, angerechnet auf die Länderobergrenze von %4 TPP.</translation>
    </message>
    <message>
        <source>AI Diffusion Rule as if enforced: %1 is Tier 2; %2 ≤ %3: within the low-processing-performance allowance (notification only).</source>
        <translation>Angenommen, die AI-Diffusion-Regel würde durchgesetzt: %1 ist Tier 2; %2 ≤ %3: innerhalb der Freigrenze für geringe Rechenleistung (nur Meldung).</translation>
    </message>
    <message>
        <source>Proposed IaaS KYC rule as if in force: %1 (%2) would have to verify the identity of its foreign customer %3 and report large AI training runs.</source>
        <translation>Angenommen, die geplante KYC-Regel für IaaS-Anbieter wäre in Kraft: %1 (%2) müsste die Identität des ausländischen Kunden %3 prüfen und große KI-Trainingsläufe melden.</translation>
    </message>
    <message>
        <source>Proposed IaaS KYC rule as if in force: would not reach this lease, because %1 (%2) is not a US IaaS provider and the case records no US reseller arrangement.</source>
        <translation>Angenommen, die geplante KYC-Regel für IaaS-Anbieter wäre in Kraft: Sie würde diese Vermietung nicht erfassen, weil %1 (%2) kein US-IaaS-Anbieter ist und im Fall keine Vereinbarung als Wiederverkäufer eines US-Anbieters erfasst ist.</translation>
    </message>
    <message>
        <source>entity number %1</source>
        <translation>Eintragsnummer %1</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: Die Datei ist leer</translation>
    </message>
    <message>
        <source>%1: $.results: expected an array</source>
        <translation>%1: $.results: Array erwartet</translation>
    </message>
    <message>
        <source>date is when OpenSanctions first saw the entry</source>
        <translation>Datum = erste Erfassung des Eintrags durch OpenSanctions</translation>
    </message>
    <message>
        <source>look-alike Cyrillic/Greek letters replaced: %1</source>
        <translation>ähnlich aussehende kyrillische/griechische Buchstaben ersetzt: %1</translation>
    </message>
    <message>
        <source>compatibility forms folded (NFKC, e.g. fullwidth letters)</source>
        <translation>Kompatibilitätsformen normalisiert (NFKC, z. B. Vollbreitenbuchstaben)</translation>
    </message>
    <message>
        <source>transliterated from %1: &quot;%2&quot;</source>
        <translation>transliteriert aus %1: „%2“</translation>
    </message>
    <message>
        <source>%1 has %2 ties (%3) to %4, on the Entity List since %5 as &quot;%6&quot;. Ties are a red flag, not a listing: listing covers the named entity only.</source>
        <translation>%1 hat Verflechtungen (%3, Gewissheit: %2) mit %4, seit %5 als „%6“ auf der Entity List. Verflechtungen sind ein Warnsignal, keine Listung: Die Listung gilt nur für den namentlich gelisteten Akteur.</translation>
    </message>
    <message>
        <source>in force on this date</source>
        <translation>an diesem Datum in Kraft</translation>
    </message>
    <message>
        <source>not in force on this date</source>
        <translation>an diesem Datum nicht in Kraft</translation>
    </message>
    <message>
        <source>%1 (%2) reaches only parties owned %3 % or more by listed parties; the case records no ownership share for this tie.</source>
        <translation>%1 (%2) erfasst nur Akteure, die zu %3 % oder mehr im Eigentum gelisteter Akteure stehen; im Fall ist für diese Verflechtung kein Eigentumsanteil erfasst.</translation>
    </message>
    <message>
        <source>Routed through %1, a hub regulators flagged for transshipment (%2).</source>
        <translation>Über %1 geleitet, einen von Behörden als Umschlagplatz eingestuften Knotenpunkt (%2).</translation>
    </message>
    <message>
        <source>%1 chips for a buyer whose role is %2: more than %3, out of scale (%4).</source>
        <translation>%1 Chips für einen Käufer mit der Rolle %2: mehr als %3, unverhältnismäßig viel (%4).</translation>
    </message>
    <message>
        <source>%1 has a %2 with %3 (headquartered in %4, %5) for compute on hardware it buys here.</source>
        <translation>%1 hat mit %3 (Hauptsitz in %4, %5) eine Vereinbarung (%2) über Rechenleistung auf der hier gekauften Hardware.</translation>
    </message>
    <message>
        <source>No source note backs this link: the verdict rests on an unsourced claim.</source>
        <translation>Keine Quellennotiz belegt diese Verbindung: Die Einstufung beruht auf einer unbelegten Angabe.</translation>
    </message>
    <message>
        <source>The link itself is only %1 in the case.</source>
        <translation>Die Verbindung selbst hat im Fall nur die Gewissheit %1.</translation>
    </message>
    <message>
        <source>unknown country group &quot;%1&quot;</source>
        <translation>unbekannte Ländergruppe „%1“</translation>
    </message>
    <message>
        <source>a change needs exactly one of &quot;added&quot; and &quot;removed&quot;</source>
        <translation>eine Änderung braucht genau einen der Schlüssel &quot;added&quot; oder &quot;removed&quot;</translation>
    </message>
    <message>
        <source>a range is [low, high]</source>
        <translation>ein Bereich wird als [Untergrenze, Obergrenze] angegeben</translation>
    </message>
    <message>
        <source>a homoglyph maps one character to one character</source>
        <translation>ein Homoglyph bildet genau ein Zeichen auf genau ein Zeichen ab</translation>
    </message>
    <message>
        <source>expected one of P, P*, S, C, U</source>
        <translation>einer der Werte P, P*, S, C, U erwartet</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>Ende liegt vor dem Beginn</translation>
    </message>
    <message>
        <source>a test needs at least one bound</source>
        <translation>ein Test braucht mindestens eine Grenze</translation>
    </message>
    <message>
        <source>at least one test is required</source>
        <translation>mindestens ein Test ist erforderlich</translation>
    </message>
    <message>
        <source>required when b_any_of is given</source>
        <translation>erforderlich, wenn b_any_of angegeben ist</translation>
    </message>
    <message>
        <source>duplicate rule id &quot;%1&quot;</source>
        <translation>doppelte Regel-ID „%1“</translation>
    </message>
    <message>
        <source>a counterfactual must say why it is not the law</source>
        <translation>eine Was-wäre-wenn-Annahme muss begründen, warum sie nicht geltendes Recht ist</translation>
    </message>
    <message>
        <source>must not exceed match_score</source>
        <translation>darf match_score nicht übersteigen</translation>
    </message>
    <message>
        <source>unknown evaluator &quot;%1&quot;</source>
        <translation>unbekannter Evaluator „%1“</translation>
    </message>
    <message>
        <source>expected &quot;chiptrail-rules&quot;</source>
        <translation>&quot;chiptrail-rules&quot; erwartet</translation>
    </message>
    <message>
        <source>no rule set with evaluator &quot;item&quot;</source>
        <translation>kein Regelwerk mit Evaluator &quot;item&quot;</translation>
    </message>
    <message>
        <source>no rule set with evaluator &quot;entity_list&quot;</source>
        <translation>kein Regelwerk mit Evaluator &quot;entity_list&quot;</translation>
    </message>
    <message>
        <source>Rules as of %1 (chosen), not the link&apos;s own date.</source>
        <translation>Regeln mit Stand %1 (gewählt), nicht zum Datum der Verbindung.</translation>
    </message>
    <message>
        <source>The link has no date: rules as of %1.</source>
        <translation>Die Verbindung hat kein Datum: Regeln mit Stand %1.</translation>
    </message>
    <message>
        <source>The date %1 spans a rule change: %2 on %3, %4 on %5; the worse is shown.</source>
        <translation>Das Datum %1 umfasst eine Regeländerung: %2 am %3, %4 am %5; angezeigt wird die strengere Einstufung.</translation>
    </message>
    <message>
        <source>unknown counterfactual rule set &quot;%1&quot; (known: %2)</source>
        <translation>unbekanntes kontrafaktisches Regelwerk „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>same words after folding</source>
        <translation>gleiche Wörter nach Normalisierung</translation>
    </message>
    <message>
        <source>same letters, spacing differs</source>
        <translation>gleiche Buchstaben, andere Leerzeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the listed name%2</source>
        <translation>„%1“ fehlt im gelisteten Namen%2</translation>
    </message>
    <message>
        <source> (weak word)</source>
        <translation> (schwach gewichtet)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ≈ &quot;%2&quot; (similarity %3)</source>
        <translation>„%1“ ≈ „%2“ (Ähnlichkeit %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is only in the listed name%2</source>
        <translation>„%1“ steht nur im gelisteten Namen%2</translation>
    </message>
    <message>
        <source>matched the alias &quot;%1&quot;</source>
        <translation>stimmt mit dem Alias „%1“ überein</translation>
    </message>
    <message>
        <source>matched the listed name &quot;%1&quot;</source>
        <translation>stimmt mit dem gelisteten Namen „%1“ überein</translation>
    </message>
    <message>
        <source>legal form &quot;%1&quot; ignored in the screened name</source>
        <translation>Rechtsform „%1“ im abgeglichenen Namen ignoriert</translation>
    </message>
    <message>
        <source>legal form &quot;%1&quot; ignored in the listed name</source>
        <translation>Rechtsform „%1“ im gelisteten Namen ignoriert</translation>
    </message>
    <message>
        <source>screened name: %1</source>
        <translation>abgeglichener Name: %1</translation>
    </message>
    <message>
        <source>listed name: %1</source>
        <translation>gelisteter Name: %1</translation>
    </message>
    <message>
        <source>Han</source>
        <translation>Han-Schrift</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>Kyrillisch</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griechisch</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Hangul</source>
        <translation>Hangul</translation>
    </message>
    <message>
        <source>Japanese kana</source>
        <translation>japanische Kana</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebräisch</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Thai</translation>
    </message>
    <message>
        <source>Latin with accents</source>
        <translation>Lateinisch mit Akzenten</translation>
    </message>
    <message>
        <source>non-Latin</source>
        <translation>nicht lateinisch</translation>
    </message>
    <message>
        <source>Ship-from country not recorded; %1 makes %2, so the sale leaves from the maker&apos;s home country (%3).</source>
        <translation>Versandland nicht erfasst; %1 stellt %2 her, also verlässt die Ware das Heimatland des Herstellers (%3).</translation>
    </message>
    <message>
        <source>sale</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>shipment</source>
        <translation>Lieferung</translation>
    </message>
    <message>
        <source>lease / remote access</source>
        <translation>Vermietung / Fernzugriff</translation>
    </message>
    <message>
        <source>ownership / control</source>
        <translation>Eigentum / Kontrolle</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>affiliation</source>
        <translation>Zugehörigkeit</translation>
    </message>
    <message>
        <source>founder / employment</source>
        <translation>Gründer / Anstellung</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>berichtet</translation>
    </message>
    <message>
        <source>suspected</source>
        <translation>vermutet</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>bestritten</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>dementiert</translation>
    </message>
    <message>
        <source>manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>server integrator</source>
        <translation>Server-Integrator</translation>
    </message>
    <message>
        <source>distributor</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>data-centre operator</source>
        <translation>Rechenzentrumsbetreiber</translation>
    </message>
    <message>
        <source>cloud tenant</source>
        <translation>Cloud-Mieter</translation>
    </message>
    <message>
        <source>university</source>
        <translation>Universität</translation>
    </message>
    <message>
        <source>government body</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>not an export</source>
        <translation>keine Ausfuhr</translation>
    </message>
    <message>
        <source>no licence required</source>
        <translation>keine Genehmigung nötig</translation>
    </message>
    <message>
        <source>licence required</source>
        <translation>genehmigungspflichtig</translation>
    </message>
    <message>
        <source>matching rules: %1</source>
        <translation>Abgleichsregeln: %1</translation>
    </message>
    <message>
        <source>The case gives no figures for %1: the shipped reference figures of the %2 are used (chips.json; %3; lower end of any range).</source>
        <translation>Der Fall nennt keine Kennzahlen für %1: Verwendet werden die mitgelieferten Referenzwerte des %2 (chips.json; %3; bei Spannen der untere Wert).</translation>
    </message>
    <message>
        <source>Where the hardware went is unknown: no destination rule can be applied; end-user rules are still checked.</source>
        <translation>Wohin die Hardware ging, ist unbekannt: Keine Bestimmungslandregel anwendbar; die Regeln zum Endverwender werden trotzdem geprüft.</translation>
    </message>
    <message>
        <source>Where the hardware came from is unknown (%1 → %2, %3): the destination rules apply to an export, a reexport and an in-country transfer alike, so they are checked; the unknown origin does not relax the verdict.</source>
        <translation>Woher die Hardware kam, ist unbekannt (%1 → %2, %3): Die Bestimmungslandregeln gelten für Ausfuhr, Wiederausfuhr und Weitergabe im Land gleichermaßen und werden daher geprüft; die unbekannte Herkunft mildert die Einstufung nicht.</translation>
    </message>
    <message>
        <source>Licence review under this rule: %1.</source>
        <translation>Genehmigungsprüfung nach dieser Regel: %1.</translation>
    </message>
    <message>
        <source> Licence required if the match is confirmed (review: %1).</source>
        <translation> Genehmigungspflichtig, falls der Treffer bestätigt wird (Prüfmaßstab: %1).</translation>
    </message>
    <message>
        <source>Licence review under this rule: presumption_of_denial, replaced by the case-by-case review band of %1 (below).</source>
        <translation>Genehmigungsprüfung nach dieser Regel: presumption_of_denial, ersetzt durch die Einzelfallprüfung vom %1 (unten).</translation>
    </message>
    <message>
        <source>words written apart in one name are one word in the other (&quot;%1&quot; / &quot;%2&quot;)</source>
        <translation>Wörter, die ein Name getrennt schreibt, sind im anderen ein Wort („%1“ / „%2“)</translation>
    </message>
    <message>
        <source>extra middle name or patronymic &quot;%1&quot; (counts little)</source>
        <translation>zusätzlicher Zweitname oder Vatersname „%1“ (zählt wenig)</translation>
    </message>
    <message>
        <source>place &quot;%1&quot; after the name: it often names a branch or subsidiary</source>
        <translation>Ort „%1“ nach dem Namen: bezeichnet oft eine Niederlassung oder Tochtergesellschaft</translation>
    </message>
    <message>
        <source>initial &quot;%1&quot; stands for &quot;%2&quot;</source>
        <translation>Initiale „%1“ steht für „%2“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; are romanisations of the same sounds</source>
        <translation>„%1“ und „%2“ sind Umschriften derselben Laute</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; have the same consonants (the script does not write vowels)</source>
        <translation>„%1“ und „%2“ haben dieselben Konsonanten (die Schrift schreibt keine Vokale)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ≈ &quot;%2&quot; (one typing error)</source>
        <translation>„%1“ ≈ „%2“ (ein Tippfehler)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; only begins &quot;%2&quot;</source>
        <translation>„%1“ ist nur der Anfang von „%2“</translation>
    </message>
    <message>
        <source>word order differs (&quot;%1&quot; against &quot;%2&quot;): read as another person or company</source>
        <translation>andere Wortfolge („%1“ gegenüber „%2“): als andere Person oder Firma gewertet</translation>
    </message>
    <message>
        <source>both written in Han, with other characters (&quot;%1&quot; against &quot;%2&quot;) that read alike</source>
        <translation>beide in chinesischen Schriftzeichen, aber mit anderen Zeichen („%1“ gegenüber „%2“), die gleich gelesen werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; read as &quot;%2&quot;</source>
        <translation>„%1“ gelesen als „%2“</translation>
    </message>
    <message>
        <source>legal forms name different kinds of company (%1 against %2)</source>
        <translation>die Rechtsformen bezeichnen verschiedene Arten von Gesellschaften (%1 gegenüber %2)</translation>
    </message>
    <message>
        <source>ICU transliterator &quot;%1&quot; is not available (%2)</source>
        <translation>ICU-Transliterator „%1“ ist nicht verfügbar (%2)</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>Khmer</translation>
    </message>
    <message>
        <source>name_folding.json: khmer_latin_rules: ICU cannot read the rules (%1, line %2)</source>
        <translation>name_folding.json: khmer_latin_rules: ICU kann die Regeln nicht lesen (%1, Zeile %2)</translation>
    </message>
    <message>
        <source>&quot;%1, %2&quot; read as &quot;%2 %1&quot; (surname first)</source>
        <translation>„%1, %2“ gelesen als „%2 %1“ (Nachname zuerst)</translation>
    </message>
    <message>
        <source>legal form &quot;%1&quot; written onto the name, split off</source>
        <translation>Rechtsform „%1“ an den Namen angehängt, abgetrennt</translation>
    </message>
    <message>
        <source>only the first %1 of %2 characters compared</source>
        <translation>nur die ersten %1 von %2 Zeichen verglichen</translation>
    </message>
    <message>
        <source>only the first %1 words compared</source>
        <translation>nur die ersten %1 Wörter verglichen</translation>
    </message>
    <message>
        <source>words longer than %1 letters cut</source>
        <translation>Wörter mit mehr als %1 Buchstaben gekürzt</translation>
    </message>
    <message>
        <source>number &quot;%1&quot; read as %2</source>
        <translation>Zahl „%1“ gelesen als %2</translation>
    </message>
    <message>
        <source>%1&apos;s %2 with %3 is dated %4, after the sale (%5) or the as-of date (%6): not a tenant lined up before the purchase.</source>
        <translation>%2 von %1 mit %3 ist auf %4 datiert, nach dem Verkauf (%5) oder dem Stand (%6): kein Mieter, der schon vor dem Kauf feststand.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 with %3 has no date: it cannot be said that it was lined up before the purchase.</source>
        <translation>%2 von %1 mit %3 hat kein Datum: Es lässt sich nicht sagen, dass der Mieter schon vor dem Kauf feststand.</translation>
    </message>
    <message>
        <source>write legal forms folded: lower case, no dots (&quot;%1&quot;)</source>
        <translation>Rechtsformen gefaltet schreiben: Kleinbuchstaben, keine Punkte („%1“)</translation>
    </message>
    <message>
        <source>a romanisation fold is a pair [from, to]</source>
        <translation>eine Umschrift-Faltung ist ein Paar [von, zu]</translation>
    </message>
    <message>
        <source>The link is dated %1, after the as-of date %2: on that date it has not yet happened, so it gets no verdict.</source>
        <translation>Die Verbindung ist auf %1 datiert, nach dem Stand %2: An diesem Tag hatte sie noch nicht stattgefunden, daher keine Einstufung.</translation>
    </message>
    <message>
        <source>licence required if the match is confirmed</source>
        <translation>genehmigungspflichtig, falls der Treffer bestätigt wird</translation>
    </message>
    <message>
        <source>not yet happened</source>
        <translation>noch nicht geschehen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the legal form &quot;%2&quot;</source>
        <translation>„%1“ ist die Rechtsform „%2“</translation>
    </message>
    <message>
        <source>, itself owned by listed parties</source>
        <translation>, selbst im Besitz gelisteter Parteien</translation>
    </message>
    <message>
        <source>%1: %2 %</source>
        <translation>%1: %2 %</translation>
    </message>
    <message>
        <source>%1: %2 % (if its own listed owners hold enough)</source>
        <translation>%1: %2 % (falls die eigenen gelisteten Eigentümer genug halten)</translation>
    </message>
    <message>
        <source>%1 (share not recorded%2)</source>
        <translation>%1 (Anteil nicht erfasst%2)</translation>
    </message>
    <message>
        <source>in force on %1</source>
        <translation>in Kraft am %1</translation>
    </message>
    <message>
        <source>not in force on %1</source>
        <translation>nicht in Kraft am %1</translation>
    </message>
    <message>
        <source>Listed parties own %1 % of %2 (%3): %4 % or more, so %5 (%6) extends their Entity List restrictions to it.</source>
        <translation>Gelistete Parteien besitzen %1 % von %2 (%3): %4 % oder mehr, also erstreckt %5 (%6) ihre Beschränkungen der Entity List auf diese Partei.</translation>
    </message>
    <message>
        <source> Licence required for all items subject to the EAR; review: %1.</source>
        <translation> Genehmigungspflicht für alle Güter, die der EAR unterliegen; Prüfung: %1.</translation>
    </message>
    <message>
        <source> On this date it is not the law, so no licence follows from it.</source>
        <translation> An diesem Datum gilt sie nicht, also folgt aus ihr keine Genehmigungspflicht.</translation>
    </message>
    <message>
        <source> On this date it is not the law (%1), so no licence follows from it.</source>
        <translation> An diesem Datum gilt sie nicht (%1), also folgt aus ihr keine Genehmigungspflicht.</translation>
    </message>
    <message>
        <source>Listed parties own at least %1 % of %2 (%3); a share the case does not record may bring it to %4 %, which %5 (%6) needs.</source>
        <translation>Gelistete Parteien besitzen mindestens %1 % von %2 (%3); ein Anteil, den der Fall nicht erfasst, kann das auf %4 % bringen, die %5 (%6) voraussetzt.</translation>
    </message>
    <message>
        <source> Licence required if the shares confirm %1 % or more (review: %2); the unknown share does not make the link clear.</source>
        <translation> Genehmigungspflicht, falls die Anteile %1 % oder mehr bestätigen (Prüfung: %2); der unbekannte Anteil macht die Verbindung nicht unbedenklich.</translation>
    </message>
    <message>
        <source>Listed parties own %1 % of %2 (%3): less than the %4 % that %5 needs, so it does not reach %2. A significant minority stake by a listed party remains a red flag.</source>
        <translation>Gelistete Parteien besitzen %1 % von %2 (%3): weniger als die %4 %, die %5 voraussetzt, also erfasst sie %2 nicht. Eine erhebliche Minderheitsbeteiligung einer gelisteten Partei bleibt ein Warnzeichen.</translation>
    </message>
    <message>
        <source>%1 (headquartered in %2, %3) holds %4 % of %5: less than the %6 % that makes an owner a parent, so it is not %5&apos;s parent under the headquarters rule (%7).</source>
        <translation>%1 (Hauptsitz in %2, %3) hält %4 % von %5: weniger als die %6 %, die einen Eigentümer zur Muttergesellschaft machen, also ist sie nach der Hauptsitzregel nicht die Muttergesellschaft von %5 (%7).</translation>
    </message>
    <message>
        <source>The case records no ownership share on the way from %1 to %2: control is assumed and the verdict stays; a share below %3 % would end it (%4).</source>
        <translation>Der Fall erfasst auf dem Weg von %1 zu %2 keinen Eigentumsanteil: Kontrolle wird angenommen und das Ergebnis bleibt; ein Anteil unter %3 % würde es aufheben (%4).</translation>
    </message>
    <message>
        <source>%1 controls %2: every owner on the way holds %3 % or more (%4).</source>
        <translation>%1 kontrolliert %2: jeder Eigentümer auf dem Weg hält %3 % oder mehr (%4).</translation>
    </message>
    <message>
        <source>%1 (%2) reaches only parties owned %3 % or more by listed parties; this tie records a share of %4 %.</source>
        <translation>%1 (%2) erfasst nur Parteien, die zu %3 % oder mehr gelisteten Parteien gehören; diese Verbindung erfasst einen Anteil von %4 %.</translation>
    </message>
    <message>
        <source>expected a share above 0 and at most 100</source>
        <translation>erwartet wird ein Anteil über 0 und höchstens 100</translation>
    </message>
    <message>
        <source>telecom</source>
        <translation>Telekommunikationsanbieter</translation>
    </message>
    <message>
        <source>cloud provider</source>
        <translation>Cloud-Anbieter</translation>
    </message>
    <message>
        <source>investor</source>
        <translation>Investor</translation>
    </message>
    <message>
        <source>%1: line %2: the text is not UTF-8; save the file as UTF-8 and import it again</source>
        <translation>%1: Zeile %2: Der Text ist kein UTF-8; speichern Sie die Datei als UTF-8 und importieren Sie sie erneut</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: the cell is longer than %L4 characters</source>
        <translation>%1: Zeile %2, Spalte %3: Die Zelle ist länger als %L4 Zeichen</translation>
    </message>
    <message>
        <source>%1 matches &quot;%2&quot; of %3 (score %4). That list is not the Entity List: the engine draws no licence requirement from it; read what the list itself demands.</source>
        <translation>%1 stimmt mit „%2“ aus %3 überein (Wert %4). Diese Liste ist nicht die Entity List: Die Prüfung leitet daraus keine Genehmigungspflicht ab; lesen Sie, was die Liste selbst verlangt.</translation>
    </message>
    <message>
        <source>%1 resembles &quot;%2&quot; of %3 (score %4, a possible match). That list is not the Entity List: the engine draws no licence requirement from it; read what the list itself demands.</source>
        <translation>%1 ähnelt „%2“ aus %3 (Wert %4, möglicher Treffer). Diese Liste ist nicht die Entity List: Die Prüfung leitet daraus keine Genehmigungspflicht ab; lesen Sie, was die Liste selbst verlangt.</translation>
    </message>
    <message>
        <source>%1 (screened as &quot;%2&quot;) matches the Entity List entry &quot;%3&quot; of %7 (listed %4, score %5): %6</source>
        <translation>%1 (abgeglichen als „%2“) stimmt mit dem Entity-List-Eintrag „%3“ aus %7 überein (gelistet %4, Wert %5): %6</translation>
    </message>
    <message>
        <source>%1 resembles the Entity List entry &quot;%2&quot; of %6 (score %3, under the match threshold %4): confirm or reject the match. %5</source>
        <translation>%1 ähnelt dem Entity-List-Eintrag „%2“ aus %6 (Wert %3, unter der Treffergrenze %4): Bestätigen oder verwerfen Sie den Treffer. %5</translation>
    </message>
    <message>
        <source>%1: line 1: column &quot;%2&quot; is missing</source>
        <translation>%1: Zeile 1: Die Spalte „%2“ fehlt</translation>
    </message>
    <message>
        <source>%1: name</source>
        <translation>%1: Name</translation>
    </message>
    <message>
        <source>%1: %2 aliases; ChipTrail takes at most %3 per entry</source>
        <translation>%1: %2 Aliasnamen; ChipTrail nimmt höchstens %3 je Eintrag</translation>
    </message>
    <message>
        <source>%1: alias</source>
        <translation>%1: Aliasname</translation>
    </message>
    <message>
        <source>%1: the list has more than %L2 entries, more than ChipTrail takes; nothing was imported</source>
        <translation>%1: Die Liste hat mehr als %L2 Einträge, mehr als ChipTrail nimmt; nichts wurde importiert</translation>
    </message>
    <message>
        <source>%1: import cancelled; nothing was imported</source>
        <translation>%1: Import abgebrochen; nichts wurde importiert</translation>
    </message>
    <message>
        <source>%1: line %2</source>
        <translation>%1: Zeile %2</translation>
    </message>
    <message>
        <source>Consolidated Screening List</source>
        <translation>Consolidated Screening List</translation>
    </message>
    <message>
        <source>%1: column &quot;name&quot; is empty</source>
        <translation>%1: Die Spalte „name“ ist leer</translation>
    </message>
    <message>
        <source>%1: the file is larger than %L2 MB; use the CSV download of the list</source>
        <translation>%1: Die Datei ist größer als %L2 MB; verwenden Sie den CSV-Download der Liste</translation>
    </message>
    <message>
        <source>%1.name: a non-empty string is required</source>
        <translation>%1.name: Ein nicht leerer Text ist nötig</translation>
    </message>
    <message>
        <source>%1: addresses or remarks longer than %L2 characters</source>
        <translation>%1: Adressen oder Bemerkungen länger als %L2 Zeichen</translation>
    </message>
    <message>
        <source>OpenSanctions targets</source>
        <translation>OpenSanctions-Ziele</translation>
    </message>
    <message>
        <source>%1: the screening-list store cannot be opened (%2)</source>
        <translation>%1: Der Prüflistenspeicher lässt sich nicht öffnen (%2)</translation>
    </message>
    <message>
        <source>%1: this is not a ChipTrail screening-list store</source>
        <translation>%1: Dies ist kein Prüflistenspeicher von ChipTrail</translation>
    </message>
    <message>
        <source>%1: the screening-list store was written by a newer ChipTrail</source>
        <translation>%1: Der Prüflistenspeicher wurde von einem neueren ChipTrail geschrieben</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>there is no screening list &quot;%1&quot;</source>
        <translation>Es gibt keine Prüfliste „%1“</translation>
    </message>
    <message>
        <source>a screening list needs a name</source>
        <translation>Eine Prüfliste braucht einen Namen</translation>
    </message>
    <message>
        <source>list name</source>
        <translation>Listenname</translation>
    </message>
    <message>
        <source>source URL</source>
        <translation>Quell-URL</translation>
    </message>
    <message>
        <source>the list has more than %L1 entries, more than ChipTrail takes</source>
        <translation>Die Liste hat mehr als %L1 Einträge, mehr als ChipTrail nimmt</translation>
    </message>
    <message>
        <source>import of &quot;%1&quot; cancelled; the store is unchanged</source>
        <translation>Import von „%1“ abgebrochen; der Speicher ist unverändert</translation>
    </message>
    <message>
        <source>%1, downloaded %2</source>
        <translation>%1, heruntergeladen am %2</translation>
    </message>
    <message>
        <source>%1: an FtM entity file must be a file ChipTrail can read twice</source>
        <translation>%1: eine FtM-Entitätendatei muss eine Datei sein, die ChipTrail zweimal lesen kann</translation>
    </message>
    <message>
        <source>%1: line %2: more than %L3 sanctioned parties, more than ChipTrail takes; nothing was imported</source>
        <translation>%1: Zeile %2: mehr als %L3 sanktionierte Beteiligte, mehr als ChipTrail aufnimmt; nichts wurde importiert</translation>
    </message>
    <message>
        <source>%1: cannot be read again (%2)</source>
        <translation>%1: kann nicht erneut gelesen werden (%2)</translation>
    </message>
    <message>
        <source>OpenSanctions entities</source>
        <translation>OpenSanctions-Entitäten</translation>
    </message>
    <message>
        <source>%1: the %2 &quot;%3&quot; has no name</source>
        <translation>%1: %2 „%3“ hat keinen Namen</translation>
    </message>
    <message>
        <source>%1: addresses, topics or datasets longer than %L2 characters</source>
        <translation>%1: Adressen, Themen oder Datensätze länger als %L2 Zeichen</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <source>not an export</source>
        <translation>keine Ausfuhr</translation>
    </message>
    <message>
        <source>no licence required</source>
        <translation>keine Genehmigung nötig</translation>
    </message>
    <message>
        <source>licence required</source>
        <translation>genehmigungspflichtig</translation>
    </message>
    <message>
        <source>cloud access loophole: remote use of chips that stay abroad</source>
        <translation>Schlupfloch Cloud-Zugang: Fernnutzung von Chips, die im Ausland bleiben</translation>
    </message>
    <message>
        <source>a party is on the Entity List</source>
        <translation>ein Akteur steht auf der Entity List</translation>
    </message>
    <message>
        <source>a party may be on the Entity List (possible match)</source>
        <translation>ein Akteur steht möglicherweise auf der Entity List (möglicher Treffer)</translation>
    </message>
    <message>
        <source>ties to a listed party</source>
        <translation>Verflechtungen mit einem gelisteten Akteur</translation>
    </message>
    <message>
        <source>headquarters rule: end user headquartered in D:5 or Macau</source>
        <translation>Hauptsitz-Regel: Endverwender mit Hauptsitz in D:5 oder Macau</translation>
    </message>
    <message>
        <source>passes through a transshipment hub</source>
        <translation>führt über einen Umschlagplatz</translation>
    </message>
    <message>
        <source>is-informed licence requirement (H20 class)</source>
        <translation>Genehmigungspflicht per Is-informed-Schreiben (H20-Klasse)</translation>
    </message>
    <message>
        <source>origin of the hardware unknown</source>
        <translation>Herkunft der Hardware unbekannt</translation>
    </message>
    <message>
        <source>the verdict rests on a claim without a source note</source>
        <translation>die Einstufung beruht auf einer Angabe ohne Quellennotiz</translation>
    </message>
    <message>
        <source>no date: checked as of today</source>
        <translation>kein Datum: mit Stand heute geprüft</translation>
    </message>
    <message>
        <source>the date is imprecise and a rule changed within it</source>
        <translation>das Datum ist ungenau, und in diesem Zeitraum hat sich eine Regel geändert</translation>
    </message>
    <message>
        <source>Malaysian export permit needed (local rule)</source>
        <translation>malaysische Ausfuhrgenehmigung nötig (lokale Regel)</translation>
    </message>
    <message>
        <source>Chinese advanced chips named in BIS guidance (Ascend)</source>
        <translation>in BIS-Leitlinien genannte chinesische Hochleistungschips (Ascend)</translation>
    </message>
    <message>
        <source>the tenant was lined up before the purchase</source>
        <translation>der Mieter stand schon vor dem Kauf fest</translation>
    </message>
    <message>
        <source>quantity out of scale for the buyer</source>
        <translation>Menge unverhältnismäßig groß für den Käufer</translation>
    </message>
    <message>
        <source>proposed IaaS know-your-customer rule would apply</source>
        <translation>geplante KYC-Regel für IaaS-Anbieter würde greifen</translation>
    </message>
    <message>
        <source>destination unknown</source>
        <translation>Bestimmungsland unbekannt</translation>
    </message>
    <message>
        <source>item unknown: no chip figures</source>
        <translation>Gut unbekannt: keine Chip-Kennzahlen</translation>
    </message>
    <message>
        <source>unverified: check before publishing</source>
        <translation>nicht verifiziert: vor Veröffentlichung prüfen</translation>
    </message>
    <message>
        <source>official text</source>
        <translation>amtlicher Text</translation>
    </message>
    <message>
        <source>official text via a verbatim copy</source>
        <translation>amtlicher Text über eine wörtliche Kopie</translation>
    </message>
    <message>
        <source>secondary source</source>
        <translation>Sekundärquelle</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>berechnet</translation>
    </message>
    <message>
        <source>rules in force on each link&apos;s own date</source>
        <translation>Regeln, die am jeweiligen Datum der Verbindung in Kraft waren</translation>
    </message>
    <message>
        <source>rules in force on %1</source>
        <translation>am %1 geltende Regeln</translation>
    </message>
    <message>
        <source>Not legal advice.</source>
        <translation>Keine Rechtsberatung.</translation>
    </message>
    <message>
        <source>counterfactual: %1</source>
        <translation>Was-wäre-wenn-Annahme: %1</translation>
    </message>
    <message>
        <source>item</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>review policy:</source>
        <translation>Prüfmaßstab:</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>Bestimmungsland</translation>
    </message>
    <message>
        <source>counterfactual</source>
        <translation>Was-wäre-wenn-Annahme</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Evidence (source notes)</source>
        <translation>Belege (Quellennotizen)</translation>
    </message>
    <message>
        <source>No Entity List match for this name or its aliases.</source>
        <translation>Kein Treffer auf der Entity List für diesen Namen oder seine Aliasnamen.</translation>
    </message>
    <message>
        <source>match</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>possible match</source>
        <translation>möglicher Treffer</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>gelistet</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Trefferwert</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>Your decision:</source>
        <translation>Ihre Entscheidung:</translation>
    </message>
    <message>
        <source>not a match</source>
        <translation>kein Treffer</translation>
    </message>
    <message>
        <source>Record: this is the listed party</source>
        <translation>Vermerken: Das ist der gelistete Akteur</translation>
    </message>
    <message>
        <source>Record: not the listed party</source>
        <translation>Vermerken: Nicht der gelistete Akteur</translation>
    </message>
    <message>
        <source>Chains: worst verdict along the hardware&apos;s path</source>
        <translation>Ketten: ungünstigste Einstufung auf dem Weg der Hardware</translation>
    </message>
    <message>
        <source>No chain of sales, shipments or leases yet.</source>
        <translation>Noch keine Kette aus Verkäufen, Lieferungen oder Vermietungen.</translation>
    </message>
    <message>
        <source>worst:</source>
        <translation>ungünstigste Einstufung:</translation>
    </message>
    <message>
        <source>end user:</source>
        <translation>Endverwender:</translation>
    </message>
    <message>
        <source>What the counterfactual changes</source>
        <translation>Was die Was-wäre-wenn-Annahme ändert</translation>
    </message>
    <message>
        <source>Nothing changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message>
        <source>link</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>what</source>
        <translation>was</translation>
    </message>
    <message>
        <source>rules in force</source>
        <translation>geltende Regeln</translation>
    </message>
    <message>
        <source>not an export, red flag</source>
        <translation>keine Ausfuhr, Warnsignal</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more chain(s). Select a party or a link to see its own.</source>
        <translation>
            <numerusform>… und %n weitere Kette. Wählen Sie einen Akteur oder eine Verbindung, um deren Befunde zu sehen.</numerusform>
            <numerusform>… und %n weitere Ketten. Wählen Sie einen Akteur oder eine Verbindung, um deren Befunde zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>licence required if the match is confirmed</source>
        <translation>genehmigungspflichtig, falls der Treffer bestätigt wird</translation>
    </message>
    <message>
        <source>not yet happened</source>
        <translation>noch nicht geschehen</translation>
    </message>
    <message>
        <source>owned in part or whole by listed parties</source>
        <translation>ganz oder teilweise im Besitz gelisteter Parteien</translation>
    </message>
    <message>
        <source>Affiliates Rule: owned 50 % or more by listed parties</source>
        <translation>Affiliates Rule: zu 50 % oder mehr im Besitz gelisteter Parteien</translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s)</source>
        <translation>
            <numerusform>%Ln Stück</numerusform>
            <numerusform>%Ln Stück</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>item</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>not controlled</source>
        <comment>item</comment>
        <translation>nicht gelistet</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>the %1 stemmer of libstemmer is not available</source>
        <translation>der Stemmer „%1“ von libstemmer ist nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>SourceFile</name>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: too large for a source (over 16 MB)</source>
        <translation>%1: zu groß für eine Quelle (über 16 MB)</translation>
    </message>
</context>
<context>
    <name>SourcePdf</name>
    <message>
        <source>%1: too large for a source (over 48 MB)</source>
        <translation>%1: zu groß für eine Quelle (über 48 MB)</translation>
    </message>
    <message>
        <source>%1: not a PDF file</source>
        <translation>%1: keine PDF-Datei</translation>
    </message>
    <message>
        <source>%1: the PDF is damaged and cannot be read</source>
        <translation>%1: das PDF ist beschädigt und kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: the PDF is encrypted with a password; open it in a PDF reader, save an unlocked copy and add that</source>
        <translation>%1: das PDF ist mit einem Passwort verschlüsselt; öffnen Sie es in einem PDF-Programm, speichern Sie eine entsperrte Kopie und fügen Sie diese hinzu</translation>
    </message>
    <message>
        <source>%1: the PDF is damaged and cannot be read (it has no pages)</source>
        <translation>%1: das PDF ist beschädigt und kann nicht gelesen werden (es hat keine Seiten)</translation>
    </message>
    <message>
        <source>%1: the PDF&apos;s text is longer than ChipTrail takes for one source (%2 characters)</source>
        <translation>%1: der Text des PDFs ist länger, als ChipTrail für eine Quelle annimmt (%2 Zeichen)</translation>
    </message>
    <message>
        <source>%1: the PDF has no text to quote (a scan without a text layer?); run it through OCR first</source>
        <translation>%1: das PDF enthält keinen zitierbaren Text (ein Scan ohne Textebene?); lassen Sie zuerst eine Texterkennung (OCR) darüber laufen</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
</context>
<context>
    <name>TableFile</name>
    <message>
        <source>%1: a quoted cell is never closed (it opens in row %2)</source>
        <translation>%1: eine Zelle in Anführungszeichen wird nie geschlossen (sie beginnt in Zeile %2)</translation>
    </message>
    <message>
        <source>%1: the cell is longer than %2 characters</source>
        <translation>%1: die Zelle ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>%1: the row has more than %2 columns</source>
        <translation>%1: die Zeile hat mehr als %2 Spalten</translation>
    </message>
    <message>
        <source>%1: the row is longer than %2 characters</source>
        <translation>%1: die Zeile ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with byte-order mark</source>
        <translation>UTF-8 mit Byte-Order-Mark</translation>
    </message>
    <message>
        <source>UTF-16 little-endian</source>
        <translation>UTF-16 Little-Endian</translation>
    </message>
    <message>
        <source>UTF-16 big-endian</source>
        <translation>UTF-16 Big-Endian</translation>
    </message>
    <message>
        <source>Windows-1252 (not valid UTF-8)</source>
        <translation>Windows-1252 (kein gültiges UTF-8)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>CSV, %1, separated by %2, quoted with %3, %4</source>
        <translation>CSV, %1, getrennt durch %2, Anführungszeichen %3, %4</translation>
    </message>
    <message>
        <source>first row holds column names</source>
        <translation>erste Zeile enthält Spaltennamen</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>keine Kopfzeile</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: die Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>byte 0x%1 is no character in %2</source>
        <translation>Byte 0x%1 ist kein Zeichen in %2</translation>
    </message>
    <message>
        <source>the text is not valid %1</source>
        <translation>der Text ist kein gültiges %1</translation>
    </message>
    <message>
        <source>, sheet %1</source>
        <translation>, Blatt %1</translation>
    </message>
    <message>
        <source>, row %1</source>
        <translation>, Zeile %1</translation>
    </message>
    <message>
        <source>, column %1</source>
        <translation>, Spalte %1</translation>
    </message>
    <message>
        <source>, column %1 (%2)</source>
        <translation>, Spalte %1 (%2)</translation>
    </message>
    <message>
        <source>%1: the workbook has no sheets</source>
        <translation>%1: die Arbeitsmappe hat keine Blätter</translation>
    </message>
    <message>
        <source>%1: there is no sheet named %2 (the sheets are: %3)</source>
        <translation>%1: es gibt kein Blatt namens %2 (die Blätter: %3)</translation>
    </message>
    <message>
        <source>%1: not a readable Excel file (the zip container is damaged)</source>
        <translation>%1: keine lesbare Excel-Datei (der Zip-Container ist beschädigt)</translation>
    </message>
    <message>
        <source>%1: cannot read %2 in the workbook</source>
        <translation>%1: %2 in der Arbeitsmappe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: %2 unpacks to more than %3 MB; the file is refused as a zip bomb</source>
        <translation>%1: %2 entpackt sich auf mehr als %3 MB; die Datei wird als Zip-Bombe abgelehnt</translation>
    </message>
    <message>
        <source>%1: %2 in the workbook is damaged or cut short</source>
        <translation>%1: %2 in der Arbeitsmappe ist beschädigt oder abgeschnitten</translation>
    </message>
    <message>
        <source>%1: not an Excel workbook (xl/workbook.xml is missing)</source>
        <translation>%1: keine Excel-Arbeitsmappe (xl/workbook.xml fehlt)</translation>
    </message>
    <message>
        <source>%1: xl/workbook.xml is not well-formed XML (line %2: %3)</source>
        <translation>%1: xl/workbook.xml ist kein wohlgeformtes XML (Zeile %2: %3)</translation>
    </message>
    <message>
        <source>%1: shared string %2 is longer than %3 characters</source>
        <translation>%1: gemeinsamer Text %2 ist länger als %3 Zeichen</translation>
    </message>
    <message>
        <source>%1: xl/sharedStrings.xml is not well-formed XML (line %2: %3)</source>
        <translation>%1: xl/sharedStrings.xml ist kein wohlgeformtes XML (Zeile %2: %3)</translation>
    </message>
    <message>
        <source>%1: the part of sheet %2 (%3) is missing</source>
        <translation>%1: der Teil von Blatt %2 (%3) fehlt</translation>
    </message>
    <message>
        <source>%1: cannot read sheet %2</source>
        <translation>%1: Blatt %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: sheet %2 is damaged or cut short</source>
        <translation>%1: Blatt %2 ist beschädigt oder abgeschnitten</translation>
    </message>
    <message>
        <source>%1: sheet %2 unpacks to more than %3 MB; the file is refused as a zip bomb</source>
        <translation>%1: Blatt %2 entpackt sich auf mehr als %3 MB; die Datei wird als Zip-Bombe abgelehnt</translation>
    </message>
    <message>
        <source>the cell refers to shared string %1, which the workbook does not have</source>
        <translation>die Zelle verweist auf gemeinsamen Text %1, den die Arbeitsmappe nicht hat</translation>
    </message>
    <message>
        <source>the sheet has more than %1 columns</source>
        <translation>das Blatt hat mehr als %1 Spalten</translation>
    </message>
    <message>
        <source>the sheet ends in the middle of its XML</source>
        <translation>das Blatt endet mitten in seinem XML</translation>
    </message>
    <message>
        <source>the sheet is not well-formed XML (%1)</source>
        <translation>das Blatt ist kein wohlgeformtes XML (%1)</translation>
    </message>
    <message>
        <source>the cell is longer than %1 characters</source>
        <translation>die Zelle ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Excel workbook, %n sheet(s), dates counted from %1</source>
        <translation>
            <numerusform>Excel-Arbeitsmappe, %n Blatt, Datumswerte ab %1</numerusform>
            <numerusform>Excel-Arbeitsmappe, %n Blätter, Datumswerte ab %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a ChipTrail case file or another SQLite database, not a table (CSV or XLSX)</source>
        <translation>%1 ist eine ChipTrail-Falldatei oder eine andere SQLite-Datenbank, keine Tabelle (CSV oder XLSX)</translation>
    </message>
</context>
<context>
    <name>TableImport</name>
    <message>
        <source>%1: the mapping reads %2 from the column &quot;%3&quot;, which the table does not have (its columns: %4)</source>
        <translation>%1: die Zuordnung liest %2 aus der Spalte „%3“, die die Tabelle nicht hat (ihre Spalten: %4)</translation>
    </message>
    <message>
        <source>%1: the mapping reads %2 from two columns</source>
        <translation>%1: die Zuordnung liest %2 aus zwei Spalten</translation>
    </message>
    <message>
        <source>%1: the mapping names no column for the %2; every row needs a seller and a buyer</source>
        <translation>%1: die Zuordnung nennt keine Spalte für %2; jede Zeile braucht Verkäufer und Käufer</translation>
    </message>
    <message>
        <source>the cell is empty; every row needs a seller and a buyer</source>
        <translation>die Zelle ist leer; jede Zeile braucht Verkäufer und Käufer</translation>
    </message>
    <message>
        <source>the name is %1 characters long; ChipTrail takes at most %2</source>
        <translation>der Name ist %1 Zeichen lang; ChipTrail nimmt höchstens %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of units</source>
        <translation>„%1“ ist keine ganze Stückzahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date ChipTrail reads (for example 31.12.2025, 2025-12-31, 12/31/2025, Dec 2025, 2025)</source>
        <translation>„%1“ ist kein Datum, das ChipTrail liest (zum Beispiel 31.12.2025, 2025-12-31, 12/31/2025, Dez 2025, 2025)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country (an ISO code, or its English or German name)</source>
        <translation>„%1“ ist kein Land (ein ISO-Code oder der englische oder deutsche Name)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as EUR or USD</source>
        <translation>„%1“ ist kein Währungscode wie EUR oder USD</translation>
    </message>
    <message>
        <source>%1: the buyer is the seller (%2); a link joins two parties</source>
        <translation>%1: der Käufer ist der Verkäufer (%2); eine Verbindung verbindet zwei Parteien</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; was not in the table when it was read first; the file changed, nothing was imported</source>
        <translation>%1: „%2“ stand beim ersten Lesen nicht in der Tabelle; die Datei hat sich geändert, nichts wurde importiert</translation>
    </message>
    <message>
        <source>%1: seller and buyer are the same party (%2)</source>
        <translation>%1: Verkäufer und Käufer sind dieselbe Partei (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: the mapping reads %2 from column %3, but the table has only %n column(s)</source>
        <translation>
            <numerusform>%1: die Zuordnung liest %2 aus Spalte %3, aber die Tabelle hat nur %n Spalte</numerusform>
            <numerusform>%1: die Zuordnung liest %2 aus Spalte %3, aber die Tabelle hat nur %n Spalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problem(s) in the row)</source>
        <translation>
            <numerusform>%1 (und %n weiteres Problem in der Zeile)</numerusform>
            <numerusform>%1 (und %n weitere Probleme in der Zeile)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableMapping</name>
    <message>
        <source>%1: &quot;%2&quot;: %3</source>
        <translation>%1: „%2“: %3</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Verkäufer</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Ship from</source>
        <translation>Versand aus</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Versand nach</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>this is not a ChipTrail table mapping (expected &quot;%1&quot;)</source>
        <translation>das ist keine ChipTrail-Tabellenzuordnung (erwartet „%1“)</translation>
    </message>
    <message>
        <source>only version 1 is known</source>
        <translation>nur Version 1 ist bekannt</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>more than 512 columns</source>
        <translation>mehr als 512 Spalten</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>unbekanntes Feld „%1“</translation>
    </message>
    <message>
        <source>needs a &quot;header&quot; or an &quot;index&quot; from 0 to 511</source>
        <translation>braucht einen „header“ oder einen „index“ von 0 bis 511</translation>
    </message>
    <message>
        <source>must be &quot;auto&quot;, &quot;de&quot; or &quot;en&quot;</source>
        <translation>muss „auto“, „de“ oder „en“ sein</translation>
    </message>
    <message>
        <source>must be &quot;auto&quot;, &quot;day-first&quot; or &quot;month-first&quot;</source>
        <translation>muss „auto“, „day-first“ oder „month-first“ sein</translation>
    </message>
    <message>
        <source>unknown link kind &quot;%1&quot;</source>
        <translation>unbekannte Verbindungsart „%1“</translation>
    </message>
    <message>
        <source>%1: cannot read the mapping: %2</source>
        <translation>%1: die Zuordnung kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the mapping is larger than 1 MB</source>
        <translation>%1: die Zuordnung ist größer als 1 MB</translation>
    </message>
    <message>
        <source>%1: not a JSON object (at byte %2: %3)</source>
        <translation>%1: kein JSON-Objekt (bei Byte %2: %3)</translation>
    </message>
    <message>
        <source>%1: cannot write the mapping: %2</source>
        <translation>%1: die Zuordnung kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>%1: the folder for damaged files cannot be made</source>
        <translation>%1: Der Ordner für beschädigte Dateien kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: cannot be moved to %2</source>
        <translation>%1: kann nicht nach %2 verschoben werden</translation>
    </message>
    <message>
        <source>%1: the folder for unsaved cases cannot be made</source>
        <translation>%1: Der Ordner für ungespeicherte Fälle kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: no new file can be made for the case</source>
        <translation>%1: Für den Fall kann keine neue Datei angelegt werden</translation>
    </message>
</context>
<context>
    <name>Xlsx</name>
    <message>
        <source>sheet &quot;%1&quot;, row %2, column %3 (%4): the text has %L5 characters, more than a spreadsheet cell holds (32,767)</source>
        <translation>Tabellenblatt „%1“, Zeile %2, Spalte %3 (%4): Der Text hat %L5 Zeichen, mehr als eine Tabellenzelle fasst (32.767)</translation>
    </message>
    <message>
        <source>the workbook could not be made (zip error %1)</source>
        <translation>die Arbeitsmappe konnte nicht erstellt werden (ZIP-Fehler %1)</translation>
    </message>
    <message>
        <source>the workbook could not be made (%1: zip error %2)</source>
        <translation>die Arbeitsmappe konnte nicht erstellt werden (%1: ZIP-Fehler %2)</translation>
    </message>
</context>
<context>
    <name>chiptrail::CaseStore</name>
    <message>
        <source>%1: the case is open read-only</source>
        <translation>%1: der Fall ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>%1: the case is inconsistent: %2</source>
        <translation>%1: der Fall ist inkonsistent: %2</translation>
    </message>
    <message>
        <source>%1: a file of that name already exists</source>
        <translation>%1: eine Datei mit diesem Namen existiert bereits</translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1: kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>a row of table %1 points at a missing row of table %2</source>
        <translation>eine Zeile der Tabelle %1 verweist auf eine fehlende Zeile der Tabelle %2</translation>
    </message>
    <message>
        <source>note &quot;%1&quot; supports a %2 (id %3) that does not exist</source>
        <translation>Notiz „%1“ belegt ein Objekt vom Typ %2 (ID %3), das nicht existiert</translation>
    </message>
    <message>
        <source>note &quot;%1&quot; no longer matches the text of source &quot;%2&quot; at %3</source>
        <translation>Notiz „%1“ stimmt nicht mehr mit dem Text der Quelle „%2“ an Position %3 überein</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>there is no party with id %1 in this case</source>
        <translation>in diesem Fall gibt es keinen Akteur mit der ID %1</translation>
    </message>
    <message>
        <source>there is no site with id %1 in this case</source>
        <translation>in diesem Fall gibt es keinen Standort mit der ID %1</translation>
    </message>
    <message>
        <source>the site is still used by a link; remove or change the link first</source>
        <translation>der Standort wird noch von einer Verbindung verwendet; entfernen oder ändern Sie zuerst die Verbindung</translation>
    </message>
    <message>
        <source>there is no product with id %1 in this case</source>
        <translation>in diesem Fall gibt es kein Produkt mit der ID %1</translation>
    </message>
    <message>
        <source>the product is still used by a link or a system; change those first</source>
        <translation>das Produkt wird noch von einer Verbindung oder einem System verwendet; ändern Sie diese zuerst</translation>
    </message>
    <message>
        <source>there is no link with id %1 in this case</source>
        <translation>in diesem Fall gibt es keine Verbindung mit der ID %1</translation>
    </message>
    <message>
        <source>notes still quote this source; remove them first</source>
        <translation>Notizen zitieren diese Quelle noch; entfernen Sie zuerst diese Notizen</translation>
    </message>
    <message>
        <source>a claim always has a confidence</source>
        <translation>eine Angabe hat immer eine Gewissheit</translation>
    </message>
    <message>
        <source>there is no %1 with id %2 in this case</source>
        <translation>in diesem Fall gibt es kein Objekt vom Typ %1 mit der ID %2</translation>
    </message>
    <message>
        <source>the new text would break note &quot;%1&quot;: the passage &quot;%2&quot; is no longer in it; edit or remove the note first</source>
        <translation>der neue Text würde Notiz „%1“ ungültig machen: die Passage „%2“ kommt darin nicht mehr vor; bearbeiten oder entfernen Sie zuerst die Notiz</translation>
    </message>
    <message>
        <source>the new text would break note &quot;%1&quot;: the passage &quot;%2&quot; occurs more than once, so it is unclear which one the note means; edit or remove the note first</source>
        <translation>der neue Text würde Notiz „%1“ ungültig machen: die Passage „%2“ kommt mehrmals vor, daher ist unklar, welche Stelle die Notiz meint; bearbeiten oder entfernen Sie zuerst die Notiz</translation>
    </message>
    <message>
        <source>note &quot;%1&quot; quotes a source that is not in this case</source>
        <translation>Notiz „%1“ zitiert eine Quelle, die nicht zu diesem Fall gehört</translation>
    </message>
    <message>
        <source>note &quot;%1&quot;: the excerpt is not the text of source &quot;%2&quot; at %3–%4</source>
        <translation>Notiz „%1“: der Auszug ist nicht der Text der Quelle „%2“ an Position %3–%4</translation>
    </message>
    <message>
        <source>product &quot;%1&quot;: a system needs the chip it contains and how many chips one unit holds</source>
        <translation>Produkt „%1“: Ein System braucht den Chip, den es enthält, und die Zahl der Chips je Einheit</translation>
    </message>
    <message>
        <source>product &quot;%1&quot;: a system must contain a chip of this case, not itself or another system</source>
        <translation>Produkt „%1“: Ein System muss einen Chip dieses Falls enthalten, nicht sich selbst oder ein anderes System</translation>
    </message>
    <message>
        <source>the new link</source>
        <translation>die neue Verbindung</translation>
    </message>
    <message>
        <source>link &quot;%1&quot;</source>
        <translation>Verbindung „%1“</translation>
    </message>
    <message>
        <source>%1: ownership_share: only an ownership link has an owner&apos;s share (this link is a %2)</source>
        <translation>%1: ownership_share: nur eine Eigentumsverbindung hat den Anteil eines Eigentümers (diese Verbindung ist: %2)</translation>
    </message>
    <message>
        <source>%1: ownership_share: %2 is not a share from 0 to 100 %</source>
        <translation>%1: ownership_share: %2 ist kein Anteil von 0 bis 100 %</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: page %2 does not begin inside its text (at %3 of %4)</source>
        <translation>Quelle „%1“: Seite %2 beginnt nicht innerhalb ihres Textes (bei %3 von %4)</translation>
    </message>
    <message>
        <source>archived copy</source>
        <translation>archivierte Kopie</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: the file %2 has no content</source>
        <translation>Quelle „%1“: die Datei %2 ist leer</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: the file %2 is not the one recorded (its SHA-256 differs)</source>
        <translation>Quelle „%1“: die Datei %2 ist nicht die verzeichnete (ihr SHA-256 weicht ab)</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>%1: the search index is damaged; open the case in ChipTrail to rebuild it (%2)</source>
        <translation>%1: Der Suchindex ist beschädigt; öffnen Sie den Fall in ChipTrail, um ihn neu aufzubauen (%2)</translation>
    </message>
    <message>
        <source>%1: the search index was damaged and has been rebuilt from the sources and notes; nothing else in the case was changed (%2)</source>
        <translation>%1: Der Suchindex war beschädigt und wurde aus den Quellen und Notizen neu aufgebaut; sonst wurde am Fall nichts geändert (%2)</translation>
    </message>
    <message>
        <source>%1: the search index is damaged and could not be rebuilt (%2)</source>
        <translation>%1: Der Suchindex ist beschädigt und konnte nicht neu aufgebaut werden (%2)</translation>
    </message>
    <message>
        <source>choose at least one party to merge into &quot;%1&quot;</source>
        <translation>wählen Sie mindestens eine Partei, die mit „%1“ zusammengeführt wird</translation>
    </message>
    <message>
        <source>party &quot;%1&quot; is named twice in the merge</source>
        <translation>Partei „%1“ ist in der Zusammenführung zweimal genannt</translation>
    </message>
    <message>
        <source>link &quot;%1&quot; joins &quot;%2&quot; and &quot;%3&quot;: merged, it would join a party to itself. Remove the link or point it elsewhere first</source>
        <translation>Verbindung „%1“ verbindet „%2“ und „%3“: zusammengeführt verbände sie eine Partei mit sich selbst. Entfernen Sie die Verbindung oder richten Sie sie zuerst anders aus</translation>
    </message>
    <message>
        <source>%1: holds an interrupted edit that cannot be finished (%2); it was not opened, and nothing was written</source>
        <translation>%1: enthält eine unterbrochene Bearbeitung, die sich nicht abschließen lässt (%2); die Datei wurde nicht geöffnet, und nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1; it was not opened</source>
        <translation>%1; die Datei wurde nicht geöffnet</translation>
    </message>
    <message>
        <source>%1: %2; it was not opened</source>
        <translation>%1: %2; die Datei wurde nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::AsOfEdit</name>
    <message>
        <source>e.g. 10/2025</source>
        <translation>z. B. 10/2025</translation>
    </message>
    <message>
        <source>As of a date: a year (2025), a month (10/2025, Oct 2025) or a day (15.10.2025)</source>
        <translation>Stand zu einem Datum: ein Jahr (2025), ein Monat (10/2025, Okt. 2025) oder ein Tag (15.10.2025)</translation>
    </message>
    <message>
        <source>Not a date: type a year, a month or a day, e.g. 10/2025</source>
        <translation>Kein Datum: Geben Sie ein Jahr, einen Monat oder einen Tag ein, z. B. 10/2025</translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::CardKeyboard</name>
    <message>
        <source>Move party</source>
        <translation>Akteur verschieben</translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::CaseOutlineModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>, %1 × %2</source>
        <translation>, %1 × %2</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>%1 (not yet)</source>
        <translation>%1 (noch nicht)</translation>
    </message>
    <message>
        <source>%1 (published later)</source>
        <translation>%1 (später veröffentlicht)</translation>
    </message>
    <message>
        <source>%1 — published after the as-of date %2</source>
        <translation>%1 – nach dem Stand %2 veröffentlicht</translation>
    </message>
    <message>
        <source>Dated after the as-of date %1: not yet happened then</source>
        <translation>Nach dem Stand %1 datiert: damals noch nicht geschehen</translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::CasePropertiesDialog</name>
    <message>
        <source>Case Properties</source>
        <translation>Falleigenschaften</translation>
    </message>
    <message>
        <source>First sentence of the description</source>
        <translation>Erster Satz der Beschreibung</translation>
    </message>
    <message>
        <source>e.g. Investigations desk, Example Daily</source>
        <translation>z. B. Investigativ-Ressort, Beispiel-Tageblatt</translation>
    </message>
    <message>
        <source>Newsroom or author, as above</source>
        <translation>Redaktion oder Autor, wie oben</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Subtitle:</source>
        <translation>&amp;Untertitel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Newsroom or author:</source>
        <translation>&amp;Redaktion oder Autor:</translation>
    </message>
    <message>
        <source>&amp;Credit line:</source>
        <translation>&amp;Nachweiszeile:</translation>
    </message>
    <message>
        <source>Case &amp;language:</source>
        <translation>&amp;Sprache des Falls:</translation>
    </message>
    <message>
        <source>Title, subtitle and credit line are printed on every image and PDF of the chain.</source>
        <translation>Titel, Untertitel und Nachweiszeile stehen auf jedem Bild und jedem PDF der Kette.</translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::CaseSession</name>
    <message>
        <source>no case is open</source>
        <translation>kein Fall geöffnet</translation>
    </message>
    <message>
        <source>%1 (not saved yet)</source>
        <translation>%1 (noch nicht gespeichert)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Undo/redo</source>
        <translation>Rückgängig/Wiederholen</translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::ChainEditor</name>
    <message>
        <source>Add &amp;Party…</source>
        <translation>&amp;Akteur hinzufügen…</translation>
    </message>
    <message>
        <source>Add &amp;Link…</source>
        <translation>&amp;Verbindung hinzufügen…</translation>
    </message>
    <message>
        <source>Add a link between the two selected parties (or Shift-drag from one party to another)</source>
        <translation>Verbindung zwischen den beiden ausgewählten Akteuren hinzufügen (oder mit gedrückter Umschalttaste von einem Akteur zum anderen ziehen)</translation>
    </message>
    <message>
        <source>Add &amp;Site…</source>
        <translation>&amp;Standort hinzufügen…</translation>
    </message>
    <message>
        <source>Add P&amp;roduct…</source>
        <translation>&amp;Produkt hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit Selected…</source>
        <translation>Auswahl &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete Selected</source>
        <translation>Auswahl &amp;löschen</translation>
    </message>
    <message>
        <source>Add site</source>
        <translation>Standort hinzufügen</translation>
    </message>
    <message>
        <source>Add product</source>
        <translation>Produkt hinzufügen</translation>
    </message>
    <message>
        <source>Move parties</source>
        <translation>Akteure verschieben</translation>
    </message>
    <message>
        <source>Add party</source>
        <translation>Akteur hinzufügen</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>Edit party</source>
        <translation>Akteur bearbeiten</translation>
    </message>
    <message>
        <source>Edit link</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>Edit site</source>
        <translation>Standort bearbeiten</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>Produkt bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>%n Element löschen</numerusform>
            <numerusform>%n Elemente löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete link</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <source>Delete party</source>
        <translation>Akteur löschen</translation>
    </message>
    <message>
        <source>Add &amp;Party Here…</source>
        <translation>&amp;Akteur hier hinzufügen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete site</source>
        <translation>Standort löschen</translation>
    </message>
    <message>
        <source>Delete product</source>
        <translation>Produkt löschen</translation>
    </message>
    <message>
        <source>link</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>&amp;Edit “%1”…</source>
        <translation>„%1“ &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete “%1”</source>
        <translation>„%1“ &amp;löschen</translation>
    </message>
    <message>
        <source>Edit Product “%1”…</source>
        <translation>Produkt „%1“ bearbeiten…</translation>
    </message>
    <message>
        <source>Edit Site “%1”…</source>
        <translation>Standort „%1“ bearbeiten…</translation>
    </message>
    <message>
        <source>Add party “%1”</source>
        <translation>Akteur „%1“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::ChainNavigator</name>
    <message>
        <source>Find party (Ctrl+F)</source>
        <translation>Akteur suchen (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;Fit Chain</source>
        <translation>Kette &amp;einpassen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Highlight Path</source>
        <translation>&amp;Pfad hervorheben</translation>
    </message>
    <message>
        <source>Select two parties, then show the links between them</source>
        <translation>Wählen Sie zwei Akteure aus, um die Verbindungen zwischen ihnen anzuzeigen</translation>
    </message>
    <message>
        <source>&amp;Clear Highlight</source>
        <translation>Hervorhebung &amp;aufheben</translation>
    </message>
    <message>
        <source>Only &amp;Unsourced</source>
        <translation>Nur &amp;ohne Quelle</translation>
    </message>
    <message>
        <source>Fade everything that a source note backs</source>
        <translation>Alles abblenden, was durch eine Quellennotiz belegt ist</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>No party matches “%1”.</source>
        <translation>Kein Akteur passt zu „%1“.</translation>
    </message>
    <message>
        <source>These two parties are not connected.</source>
        <translation>Diese beiden Akteure sind nicht verbunden.</translation>
    </message>
    <message numerus="yes">
        <source>Path of %n link(s).</source>
        <translation>
            <numerusform>Pfad mit %n Verbindung.</numerusform>
            <numerusform>Pfad mit %n Verbindungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::ChainView</name>
    <message>
        <source>Fit stops where names can still be read; zoom out (Ctrl+-) to see the whole chain.</source>
        <translation>Einpassen hält an, wo die Namen noch lesbar sind; verkleinern Sie (Strg+-), um die ganze Kette zu sehen.</translation>
    </message>
    <message>
        <source>Link labels are hidden at this zoom; zoom in to read them.</source>
        <translation>Beschriftungen der Verbindungen sind bei diesem Zoom verborgen; vergrößern Sie, um sie zu lesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n link label(s) left out where they would cover a card or another label.</source>
        <translation>
            <numerusform>%n Beschriftung weggelassen, wo sie eine Karte oder eine andere Beschriftung verdeckt hätte.</numerusform>
            <numerusform>%n Beschriftungen weggelassen, wo sie eine Karte oder eine andere Beschriftung verdeckt hätten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::ChartsPanel</name>
    <message>
        <source>Export as PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Als SVG exportieren…</translation>
    </message>
    <message>
        <source>The rule data could not be read: %1</source>
        <translation>Die Regeldaten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::CountryBox</name>
    <message>
        <source>— unknown —</source>
        <translation>— unbekannt —</translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::DetailsPane</name>
    <message>
        <source>Source notes (%1)</source>
        <translation>Quellennotizen (%1)</translation>
    </message>
    <message>
        <source>Unsourced: no note backs this claim yet.</source>
        <translation>Unbelegt: Noch keine Notiz belegt diese Angabe.</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>; supports: %1</source>
        <translation>; stützt: %1</translation>
    </message>
    <message>
        <source>; %1: %2</source>
        <translation>; %1: %2</translation>
    </message>
    <message>
        <source>Select a party, site, product, link or source in the outline.</source>
        <translation>Wählen Sie in der Gliederung einen Akteur, einen Standort, ein Produkt, eine Verbindung oder eine Quelle aus.</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Auch bekannt als</translation>
    </message>
    <message>
        <source>Incorporated in</source>
        <translation>Eingetragen in</translation>
    </message>
    <message>
        <source>Headquarters</source>
        <translation>Hauptsitz</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Gewissheit</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Betreiber</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>TPP</source>
        <translation>TPP</translation>
    </message>
    <message>
        <source>Die area (mm²)</source>
        <translation>Die-Fläche (mm²)</translation>
    </message>
    <message>
        <source>Performance density</source>
        <translation>Leistungsdichte</translation>
    </message>
    <message>
        <source>Memory bandwidth (GB/s)</source>
        <translation>Speicherbandbreite (GB/s)</translation>
    </message>
    <message>
        <source>Interconnect (GB/s)</source>
        <translation>Interconnect-Bandbreite (GB/s)</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>Enthält</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Ships from</source>
        <translation>Versand aus</translation>
    </message>
    <message>
        <source>Ships to</source>
        <translation>Versand nach</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Owner&apos;s share</source>
        <translation>Anteil des Eigentümers</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::DuplicatesDialog</name>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen …</translation>
    </message>
    <message>
        <source>&amp;Not the Same</source>
        <translation>&amp;Nicht dieselbe</translation>
    </message>
    <message>
        <source>Possible Duplicates</source>
        <translation>Mögliche Dubletten</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <source>Possibly the same as</source>
        <translation>Möglicherweise dieselbe wie</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>The screening&apos;s name data could not be loaded: %1</source>
        <translation>Die Namensdaten der Listenprüfung ließen sich nicht laden: %1</translation>
    </message>
    <message>
        <source>Looking for parties with alike names…</source>
        <translation>Suche nach Parteien mit ähnlichen Namen …</translation>
    </message>
    <message>
        <source>No parties with alike names.</source>
        <translation>Keine Parteien mit ähnlichen Namen.</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of parties with alike names. Merge those that are one and the same; set aside those that are not.</source>
        <translation>
            <numerusform>%n Paar von Parteien mit ähnlichen Namen. Führen Sie zusammen, was dieselbe Partei ist; legen Sie beiseite, was es nicht ist.</numerusform>
            <numerusform>%n Paare von Parteien mit ähnlichen Namen. Führen Sie zusammen, was dieselbe Partei ist; legen Sie beiseite, was es nicht ist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::ExportImageDialog</name>
    <message>
        <source>&amp;Title, subtitle and date</source>
        <translation>&amp;Titel, Untertitel und Datum</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Legende</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Quellen</translation>
    </message>
    <message>
        <source>&amp;Credit line and disclaimer</source>
        <translation>&amp;Credit-Zeile und Hinweis</translation>
    </message>
    <message>
        <source>T&amp;ransparent background</source>
        <translation>T&amp;ransparenter Hintergrund</translation>
    </message>
    <message>
        <source>Export Chain as Image</source>
        <translation>Kette als Bild exportieren</translation>
    </message>
    <message>
        <source>SVG (vector, for the web and for editing)</source>
        <translation>SVG (Vektor, fürs Web und zum Bearbeiten)</translation>
    </message>
    <message>
        <source>PNG (picture)</source>
        <translation>PNG (Bild)</translation>
    </message>
    <message>
        <source>PDF (print, with the sources on further pages)</source>
        <translation>PDF (Druck, mit den Quellen auf weiteren Seiten)</translation>
    </message>
    <message>
        <source>Web (1200 px wide)</source>
        <translation>Web (1200 px breit)</translation>
    </message>
    <message>
        <source>Social (1080 × 1350 px)</source>
        <translation>Social Media (1080 × 1350 px)</translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation>A4 hoch</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 quer</translation>
    </message>
    <message>
        <source>Letter portrait</source>
        <translation>Letter hoch</translation>
    </message>
    <message>
        <source>Letter landscape</source>
        <translation>Letter quer</translation>
    </message>
    <message>
        <source>Chain only (no frame)</source>
        <translation>Nur die Kette (ohne Rahmen)</translation>
    </message>
    <message>
        <source>As of %1, the date the canvas shows (set it with the timeline).</source>
        <translation>Stand %1, das Datum der Ansicht (mit dem Zeitregler einstellbar).</translation>
    </message>
    <message>
        <source>All dates, as the canvas shows them (the timeline sets a date).</source>
        <translation>Alle Daten, wie die Ansicht sie zeigt (der Zeitregler setzt ein Datum).</translation>
    </message>
    <message>
        <source>Parts of the frame</source>
        <translation>Teile des Rahmens</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>&amp;Seite:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Drawing the preview…</source>
        <translation>Die Vorschau wird gezeichnet …</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>In the file the lines run around the cards as Graphviz draws them.</source>
        <translation>In der Datei laufen die Linien so um die Karten, wie Graphviz sie zeichnet.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>The chain alone, %1 × %2 px</source>
        <translation>Nur die Kette, %1 × %2 px</translation>
    </message>
    <message>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 mm</translation>
    </message>
    <message>
        <source>%1, the chain alone</source>
        <translation>%1, nur die Kette</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>%1 px wide, %2 px tall</source>
        <translation>%1 px breit, %2 px hoch</translation>
    </message>
    <message>
        <source>The PNG</source>
        <translation>Das PNG</translation>
    </message>
    <message>
        <source>%1; PNG at %2 dpi = %3 × %4 px</source>
        <translation>%1; PNG mit %2 dpi = %3 × %4 px</translation>
    </message>
    <message>
        <source>%1; PNG at %2× = %3 × %4 px</source>
        <translation>%1; PNG mit %2× = %3 × %4 px</translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::ExportJob</name>
    <message>
        <source>%1: there is not enough memory to export this chain</source>
        <translation>%1: Für den Export dieser Kette reicht der Arbeitsspeicher nicht</translation>
    </message>
    <message>
        <source>%1: the export failed (%2)</source>
        <translation>%1: Der Export ist fehlgeschlagen (%2)</translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::ExportProgressWidget</name>
    <message>
        <source>Cancel Export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::FtmActions</name>
    <message>
        <source>%1: the export failed (%2)</source>
        <translation>%1: der Export ist fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>%1: the import failed (%2)</source>
        <translation>%1: der Import ist fehlgeschlagen (%2)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export FollowTheMoney (JSON lines)…</source>
        <translation>FollowTheMoney exportieren (JSON-Zeilen)…</translation>
    </message>
    <message>
        <source>Export FollowTheMoney</source>
        <translation>FollowTheMoney exportieren</translation>
    </message>
    <message>
        <source>Exported FollowTheMoney entities to %1</source>
        <translation>FollowTheMoney-Entitäten nach %1 exportiert</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <source>FollowTheMoney entities (*.ftm.json *.json)</source>
        <translation>FollowTheMoney-Entitäten (*.ftm.json *.json)</translation>
    </message>
    <message>
        <source>FollowTheMoney entities (*.json *.ftm.json *.jsonl);;All files (*)</source>
        <translation>FollowTheMoney-Entitäten (*.json *.ftm.json *.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>FollowTheMoney</source>
        <translation>FollowTheMoney</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Import FollowTheMoney</source>
        <translation>FollowTheMoney importieren</translation>
    </message>
    <message>
        <source>Import FollowTheMoney…</source>
        <translation>FollowTheMoney importieren…</translation>
    </message>
    <message>
        <source>Imported %1 (Undo takes it back)</source>
        <translation>Importiert: %1 (Rückgängig nimmt es zurück)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::LayoutController</name>
    <message>
        <source>&amp;Re-layout Chain</source>
        <translation>Kette &amp;neu anordnen</translation>
    </message>
    <message>
        <source>Arrange the chain in tiers by role and boxes by country; parties placed by hand stay</source>
        <translation>Ordnet die Kette in Ebenen nach Rolle und in Kästen nach Land an; von Hand platzierte Akteure bleiben, wo sie sind</translation>
    </message>
    <message>
        <source>Cancel Layout</source>
        <translation>Anordnung abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n parties (%1)… View → Cancel Layout stops it.</source>
        <translation>
            <numerusform>%n Akteur wird angeordnet (%1)… Ansicht → Anordnung abbrechen beendet den Vorgang.</numerusform>
            <numerusform>%n Akteure werden angeordnet (%1)… Ansicht → Anordnung abbrechen beendet den Vorgang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Anordnung</translation>
    </message>
    <message>
        <source>%1
The chain keeps its current places.</source>
        <translation>%1
Die Kette behält ihre bisherige Anordnung.</translation>
    </message>
    <message>
        <source>Re-layout chain</source>
        <translation>Kette neu anordnen</translation>
    </message>
    <message>
        <source>Laid out with %1.</source>
        <translation>Angeordnet mit %1.</translation>
    </message>
    <message>
        <source>&amp;Unpin All</source>
        <translation>Alle &amp;lösen</translation>
    </message>
    <message>
        <source>Let Re-layout move every card again, also those you dragged</source>
        <translation>Neu anordnen darf wieder jede Karte verschieben, auch die von Hand gezogenen</translation>
    </message>
    <message>
        <source>Unpin all</source>
        <translation>Alle lösen</translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::LinkDialog</name>
    <message>
        <source>Edit link</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>units of the product (racks for a rack)</source>
        <translation>Einheiten des Produkts (Racks bei einem Rack)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>A&amp;n</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>&amp;Produkt</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Menge</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Wert</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>Wäh&amp;rung</translation>
    </message>
    <message>
        <source>&amp;Date (from)</source>
        <translation>&amp;Datum (von)</translation>
    </message>
    <message>
        <source>Date (&amp;until)</source>
        <translation>Datum (&amp;bis)</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Standort</translation>
    </message>
    <message>
        <source>Ships f&amp;rom</source>
        <translation>Versand a&amp;us</translation>
    </message>
    <message>
        <source>Ships t&amp;o</source>
        <translation>Versand nac&amp;h</translation>
    </message>
    <message>
        <source>&amp;Confidence</source>
        <translation>&amp;Gewissheit</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>B&amp;eschreibung</translation>
    </message>
    <message>
        <source>percent held by the owner, 0 to 100; empty when unknown</source>
        <translation>Prozent im Besitz des Eigentümers, 0 bis 100; leer, wenn unbekannt</translation>
    </message>
    <message>
        <source>Owner&apos;s s&amp;hare (%)</source>
        <translation>Antei&amp;l des Eigentümers (%)</translation>
    </message>
    <message>
        <source>S&amp;wap direction</source>
        <translation>Richtung &amp;tauschen</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>%1 sells to %2</source>
        <translation>%1 verkauft an %2</translation>
    </message>
    <message>
        <source>%1 ships to %2</source>
        <translation>%1 liefert an %2</translation>
    </message>
    <message>
        <source>%1 rents compute out to %2</source>
        <translation>%1 vermietet Rechenleistung an %2</translation>
    </message>
    <message>
        <source>%1 owns or controls %2</source>
        <translation>%1 besitzt oder kontrolliert %2</translation>
    </message>
    <message>
        <source>%1 has a contract with %2</source>
        <translation>%1 hat einen Vertrag mit %2</translation>
    </message>
    <message>
        <source>%1 has ties to %2</source>
        <translation>%1 hat Verbindungen zu %2</translation>
    </message>
    <message>
        <source>%1 founded or works for %2</source>
        <translation>%1 hat %2 gegründet oder arbeitet dort</translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::MainWindow</name>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Case outline</source>
        <translation>Fallübersicht</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Export-rule checks</source>
        <translation>Prüfung der Ausfuhrregeln</translation>
    </message>
    <message>
        <source>&lt;b&gt;Links by export-rule verdict&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verbindungen nach Einstufung (Ausfuhrregeln)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Case</source>
        <translation>&amp;Neuer Fall</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation>Unbenannter Fall</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Sample Case</source>
        <translation>Beis&amp;pielfall öffnen</translation>
    </message>
    <message>
        <source>Open sample case</source>
        <translation>Beispielfall öffnen</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export Chain</source>
        <translation>Kette &amp;exportieren</translation>
    </message>
    <message>
        <source>As &amp;SVG…</source>
        <translation>Als &amp;SVG…</translation>
    </message>
    <message>
        <source>As &amp;PNG…</source>
        <translation>Als &amp;PNG…</translation>
    </message>
    <message>
        <source>As P&amp;DF…</source>
        <translation>Als P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About ChipTrail</source>
        <translation>Ü&amp;ber ChipTrail</translation>
    </message>
    <message>
        <source>About ChipTrail</source>
        <translation>Über ChipTrail</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ChipTrail %1&lt;/h3&gt;&lt;p&gt;Traces how export-controlled AI chips travel from manufacturers to the tenants who rent them.&lt;/p&gt;&lt;p&gt;Its export-rule checks are not legal advice.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ChipTrail %1&lt;/h3&gt;&lt;p&gt;Verfolgt, wie exportkontrollierte KI-Chips von den Herstellern bis zu den Cloud-Mietern gelangen, die sie nutzen.&lt;/p&gt;&lt;p&gt;Die Prüfung der Ausfuhrregeln ist keine Rechtsberatung.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL, Version 3 oder neuer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>ChipTrail</source>
        <translation>ChipTrail</translation>
    </message>
    <message>
        <source>%1 — ChipTrail</source>
        <translation>%1 — ChipTrail</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Fall öffnen</translation>
    </message>
    <message>
        <source>ChipTrail cases (*.chiptrail);;All files (*)</source>
        <translation>ChipTrail-Fälle (*.chiptrail);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save case</source>
        <translation>Fall speichern</translation>
    </message>
    <message>
        <source>Export chain</source>
        <translation>Kette exportieren</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>As D&amp;OT (Graphviz)…</source>
        <translation>Als D&amp;OT (Graphviz)…</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written</source>
        <translation>Export abgebrochen; %1 wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>Another export is still running; wait for it or cancel it.</source>
        <translation>Ein anderer Export läuft noch; warten Sie ihn ab oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>&amp;Recover Data…</source>
        <translation>Daten &amp;retten…</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Fall</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Eigenschaften…</translation>
    </message>
    <message>
        <source>Case properties</source>
        <translation>Falleigenschaften</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>Image (&amp;Web, Social, Print)…</source>
        <translation>Bild (&amp;Web, Social Media, Druck)…</translation>
    </message>
    <message numerus="yes">
        <source>%n parties</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%n Akteur</numerusform>
            <numerusform>%n Akteure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n links</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%n Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%n Quelle</numerusform>
            <numerusform>%n Quellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsourced claims</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%n Angabe ohne Quelle</numerusform>
            <numerusform>%n Angaben ohne Quelle</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <comment>between the status bar&apos;s counts</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Already saved: ChipTrail writes every edit to %1 as it is made</source>
        <translation>Bereits gespeichert: ChipTrail schreibt jede Änderung sofort in %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>No case is open.
File → New Case (Ctrl+N) starts one.
File → Open… (Ctrl+O) opens one.
File → Open Sample Case shows a case worked through from published reports.</source>
        <translation>Kein Fall ist geöffnet.
Datei → Neuer Fall (Strg+N) beginnt einen.
Datei → Öffnen… (Strg+O) öffnet einen.
Datei → Beispielfall öffnen zeigt einen aus veröffentlichten Berichten erarbeiteten Fall.</translation>
    </message>
    <message>
        <source>This case has no parties yet.
Edit → Add Party… (Ctrl+P) adds the first one.
File → Import Table… brings in a spreadsheet of shipments.</source>
        <translation>Dieser Fall hat noch keine Akteure.
Bearbeiten → Akteur hinzufügen… (Strg+P) legt den ersten an.
Datei → Tabelle importieren… liest eine Tabelle von Lieferungen ein.</translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::MergePartiesDialog</name>
    <message>
        <source>Merge Parties</source>
        <translation>Parteien zusammenführen</translation>
    </message>
    <message>
        <source>The parties below are one and the same. Everything that refers to them moves to the party that stays; the others become its aliases and are removed. Undo puts them back.</source>
        <translation>Die Parteien unten sind ein und dieselbe. Alles, was auf sie verweist, geht auf die bleibende Partei über; die anderen werden zu ihren Alias-Namen und entfernt. Rückgängig stellt sie wieder her.</translation>
    </message>
    <message>
        <source>Merge &amp;with:</source>
        <translation>Zusammenführen &amp;mit:</translation>
    </message>
    <message>
        <source>Party that &amp;stays:</source>
        <translation>&amp;Bleibende Partei:</translation>
    </message>
    <message>
        <source>What the merge &amp;does:</source>
        <translation>Was die Zusammenführung &amp;bewirkt:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>no case is open</source>
        <translation>kein Fall ist geöffnet</translation>
    </message>
    <message>
        <source>Moves</source>
        <translation>Wird übertragen</translation>
    </message>
    <message>
        <source>Not kept (the party that stays has its own value)</source>
        <translation>Nicht übernommen (die bleibende Partei hat einen eigenen Wert)</translation>
    </message>
    <message>
        <source>Nothing: no values differ.</source>
        <translation>Nichts: keine Werte weichen ab.</translation>
    </message>
    <message>
        <source>These parties cannot be merged:</source>
        <translation>Diese Parteien lassen sich nicht zusammenführen:</translation>
    </message>
    <message>
        <source>Merge parties</source>
        <translation>Parteien zusammenführen</translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::NoteCard</name>
    <message>
        <source>„%1“</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>— %1</source>
        <translation>— %1</translation>
    </message>
    <message>
        <source>Read source</source>
        <translation>Quelle lesen</translation>
    </message>
    <message>
        <source>Edit translation…</source>
        <translation>Übersetzung bearbeiten…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Pair with a translation…</source>
        <translation>Mit einer Übersetzung verknüpfen…</translation>
    </message>
    <message>
        <source>Unpair translation</source>
        <translation>Verknüpfung mit Übersetzung aufheben</translation>
    </message>
    <message>
        <source>Detach from this claim</source>
        <translation>Von dieser Angabe lösen</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Write translation…</source>
        <translation>Übersetzung schreiben…</translation>
    </message>
    <message>
        <source>Pair with a note…</source>
        <translation>Mit einer Notiz verknüpfen…</translation>
    </message>
    <message>
        <source>pp. %1–%2</source>
        <translation>S. %1–%2</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>S. %1</translation>
    </message>
    <message>
        <source>Published after the as-of date</source>
        <translation>Nach dem Stand veröffentlicht</translation>
    </message>
    <message>
        <source>Its source is dated %1, after the as-of date %2</source>
        <translation>Die Quelle ist auf %1 datiert, nach dem Stand %2</translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::NotesDocks</name>
    <message>
        <source>Add source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation>Quelle bearbeiten</translation>
    </message>
    <message>
        <source>Attach note</source>
        <translation>Notiz zuordnen</translation>
    </message>
    <message>
        <source>Attach passage</source>
        <translation>Textstelle zuordnen</translation>
    </message>
    <message>
        <source>Write translation</source>
        <translation>Übersetzung schreiben</translation>
    </message>
    <message>
        <source>English translation of:
„%1“</source>
        <translation>Englische Übersetzung von:
„%1“</translation>
    </message>
    <message>
        <source>German translation of:
„%1“</source>
        <translation>Deutsche Übersetzung von:
„%1“</translation>
    </message>
    <message>
        <source>Translation of “%1”</source>
        <translation>Übersetzung von „%1“</translation>
    </message>
    <message>
        <source>Own translation</source>
        <translation>Eigene Übersetzung</translation>
    </message>
    <message>
        <source>Edit translation</source>
        <translation>Übersetzung bearbeiten</translation>
    </message>
    <message>
        <source>Translation:</source>
        <translation>Übersetzung:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Pair translation</source>
        <translation>Übersetzung verknüpfen</translation>
    </message>
    <message>
        <source>There is no English note to pair it with.</source>
        <translation>Es gibt keine englische Notiz, mit der sie sich verknüpfen lässt.</translation>
    </message>
    <message>
        <source>There is no German note to pair it with.</source>
        <translation>Es gibt keine deutsche Notiz, mit der sie sich verknüpfen lässt.</translation>
    </message>
    <message>
        <source>The note in the other language that says the same:</source>
        <translation>Die Notiz in der anderen Sprache, die dasselbe aussagt:</translation>
    </message>
    <message>
        <source>Unpair translation</source>
        <translation>Verknüpfung der Übersetzung aufheben</translation>
    </message>
    <message>
        <source>Detach note</source>
        <translation>Zuordnung der Notiz aufheben</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Set confidence</source>
        <translation>Gewissheit festlegen</translation>
    </message>
    <message>
        <source>Add &amp;Source…</source>
        <translation>&amp;Quelle hinzufügen…</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>whole claim</source>
        <translation>gesamte Angabe</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Translation; does not itself back this claim</source>
        <translation>Übersetzung; belegt diese Angabe nicht selbst</translation>
    </message>
    <message>
        <source>Backs no claim</source>
        <translation>Belegt keine Angabe</translation>
    </message>
    <message>
        <source>Backs: %1</source>
        <translation>Belegt: %1</translation>
    </message>
    <message>
        <source>Notes quoting “%1”</source>
        <translation>Notizen, die „%1“ zitieren</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::NotesPanel</name>
    <message>
        <source>Show the notes of the whole claim or of one of its attributes</source>
        <translation>Notizen zur gesamten Angabe oder zu einem ihrer Merkmale anzeigen</translation>
    </message>
    <message>
        <source>How sure the sources are about this claim</source>
        <translation>Wie sicher sich die Quellen bei dieser Angabe sind</translation>
    </message>
    <message>
        <source>Add Source…</source>
        <translation>Quelle hinzufügen…</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Read a source and attach a passage of it to the selected claim</source>
        <translation>Eine Quelle lesen und eine Textstelle daraus der ausgewählten Angabe zuordnen</translation>
    </message>
    <message>
        <source>Select a party or a link to see its sources.</source>
        <translation>Wählen Sie einen Akteur oder eine Verbindung aus, um die Quellen dazu zu sehen.</translation>
    </message>
    <message>
        <source>Whole claim</source>
        <translation>Gesamte Angabe</translation>
    </message>
    <message>
        <source>Only: %1</source>
        <translation>Nur: %1</translation>
    </message>
    <message>
        <source>As the claim (%1)</source>
        <translation>Wie die Angabe (%1)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No German version of the note beside it.</source>
        <translation>Zur Notiz daneben gibt es keine deutsche Fassung.</translation>
    </message>
    <message>
        <source>No English version of the note beside it.</source>
        <translation>Zur Notiz daneben gibt es keine englische Fassung.</translation>
    </message>
    <message>
        <source>No notes from German sources.</source>
        <translation>Keine Notizen aus deutschen Quellen.</translation>
    </message>
    <message>
        <source>No notes from English sources.</source>
        <translation>Keine Notizen aus englischen Quellen.</translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::PanelsAsOf</name>
    <message>
        <source>Panels &amp;Follow the As-of Date</source>
        <translation>Bereiche &amp;folgen dem Stand</translation>
    </message>
    <message>
        <source>Mark links, notes and search hits dated after the as-of date in the outline, the notes panels and search</source>
        <translation>Verbindungen, Notizen und Suchtreffer, die nach dem Stand datiert sind, in Fallübersicht, Quellenbereichen und Suche kennzeichnen</translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::PartialDateEdit</name>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>JJJJ, JJJJ-MM oder JJJJ-MM-TT</translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::PartyDialog</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Edit party</source>
        <translation>Akteur bearbeiten</translation>
    </message>
    <message>
        <source>New party</source>
        <translation>Neuer Akteur</translation>
    </message>
    <message>
        <source>one name per line, any script</source>
        <translation>ein Name pro Zeile, beliebige Schrift</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Also known as</source>
        <translation>&amp;Auch bekannt als</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>&amp;Headquarters</source>
        <translation>&amp;Hauptsitz</translation>
    </message>
    <message>
        <source>&amp;Incorporated in</source>
        <translation>&amp;Eingetragen in</translation>
    </message>
    <message>
        <source>&amp;Confidence</source>
        <translation>&amp;Gewissheit</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::PartyMergeActions</name>
    <message>
        <source>&amp;Merge Parties…</source>
        <translation>Parteien &amp;zusammenführen …</translation>
    </message>
    <message>
        <source>&amp;Merge With…</source>
        <translation>&amp;Zusammenführen mit …</translation>
    </message>
    <message>
        <source>Find Possible &amp;Duplicates…</source>
        <translation>Mögliche &amp;Dubletten finden …</translation>
    </message>
    <message>
        <source>Merge the chosen parties into one: they are the same</source>
        <translation>Die gewählten Parteien zu einer zusammenführen: sie sind dieselbe</translation>
    </message>
    <message>
        <source>List parties whose names are alike, to merge them or set them aside</source>
        <translation>Parteien mit ähnlichen Namen auflisten, um sie zusammenzuführen oder beiseitezulegen</translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::ProductDialog</name>
    <message>
        <source>Edit product</source>
        <translation>Produkt bearbeiten</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Neues Produkt</translation>
    </message>
    <message>
        <source>designed or marketed for data centres</source>
        <translation>für Rechenzentren entwickelt oder vermarktet</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Vendor</source>
        <translation>&amp;Hersteller</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;TPP</source>
        <translation>&amp;TPP</translation>
    </message>
    <message>
        <source>Die &amp;area (mm²)</source>
        <translation>Die-&amp;Fläche (mm²)</translation>
    </message>
    <message>
        <source>&amp;Performance density</source>
        <translation>Leistungs&amp;dichte</translation>
    </message>
    <message>
        <source>&amp;Memory bandwidth (GB/s)</source>
        <translation>&amp;Speicherbandbreite (GB/s)</translation>
    </message>
    <message>
        <source>&amp;Interconnect (GB/s)</source>
        <translation>&amp;Interconnect (GB/s)</translation>
    </message>
    <message>
        <source>C&amp;ontains (for systems)</source>
        <translation>&amp;Enthält (bei Systemen)</translation>
    </message>
    <message>
        <source>C&amp;hips per unit</source>
        <translation>&amp;Chips pro Einheit</translation>
    </message>
    <message>
        <source>Con&amp;fidence</source>
        <translation>&amp;Gewissheit</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::RecentFiles</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>No recent cases</source>
        <translation>Keine zuletzt geöffneten Fälle</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::RecordBox</name>
    <message>
        <source>— none —</source>
        <translation>— keine —</translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::RulesPanel</name>
    <message>
        <source>each link&apos;s own date</source>
        <translation>Datum der jeweiligen Verbindung</translation>
    </message>
    <message>
        <source>a chosen date</source>
        <translation>gewähltes Datum</translation>
    </message>
    <message>
        <source>AI Diffusion Rule as if enforced</source>
        <translation>AI-Diffusion-Regel als durchgesetzt annehmen</translation>
    </message>
    <message>
        <source>The rule of January 2025 was never enforced and was rescinded in May 2025.</source>
        <translation>Die Regel vom Januar 2025 wurde nie durchgesetzt und im Mai 2025 aufgehoben.</translation>
    </message>
    <message>
        <source>Proposed IaaS know-your-customer rule</source>
        <translation>Geplante KYC-Regel für IaaS-Anbieter</translation>
    </message>
    <message>
        <source>Proposed in January 2024 (89 FR 5698); not in force.</source>
        <translation>Im Januar 2024 vorgeschlagen (89 FR 5698); nicht in Kraft.</translation>
    </message>
    <message>
        <source>Rules as of</source>
        <translation>Regeln mit Stand</translation>
    </message>
    <message>
        <source>The rule data could not be loaded: %1</source>
        <translation>Die Regeldaten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Screening decision</source>
        <translation>Entscheidung zum Listenabgleich</translation>
    </message>
    <message>
        <source>Why is this the listed party?</source>
        <translation>Warum handelt es sich um den gelisteten Akteur?</translation>
    </message>
    <message>
        <source>Why is this not the listed party?</source>
        <translation>Warum handelt es sich nicht um den gelisteten Akteur?</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more link(s) that need a licence or carry a flag. Select a party or a link to see its own.</source>
        <translation>
            <numerusform>… und %n weitere Verbindung, die genehmigungspflichtig ist oder einen Hinweis trägt. Wählen Sie einen Akteur oder eine Verbindung, um deren Befunde zu sehen.</numerusform>
            <numerusform>… und %n weitere Verbindungen, die genehmigungspflichtig sind oder einen Hinweis tragen. Wählen Sie einen Akteur oder eine Verbindung, um deren Befunde zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Links that need a licence or carry a flag</source>
        <translation>Verbindungen, die eine Genehmigung brauchen oder ein Warnsignal tragen</translation>
    </message>
    <message>
        <source>Select a link to see the steps of the check and its sources.</source>
        <translation>Wählen Sie eine Verbindung, um die Schritte der Prüfung und ihre Quellen zu sehen.</translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::ScreeningLists</name>
    <message>
        <source>&amp;Screening Lists…</source>
        <translation>&amp;Prüflisten…</translation>
    </message>
    <message>
        <source>Screening lists</source>
        <translation>Prüflisten</translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::ScreeningListsDialog</name>
    <message>
        <source>Import Screening List</source>
        <translation>Prüfliste importieren</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Source URL:</source>
        <translation>Quell-URL:</translation>
    </message>
    <message>
        <source>Downloaded on:</source>
        <translation>Heruntergeladen am:</translation>
    </message>
    <message>
        <source>The file&apos;s own date is used when it gives one (the CSL&apos;s JSON does); otherwise the date you confirm here. The same name replaces a list imported before.</source>
        <translation>Nennt die Datei ein eigenes Datum (das JSON der CSL tut es), gilt dieses; sonst das hier bestätigte. Derselbe Name ersetzt eine früher importierte Liste.</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Screening Lists</source>
        <translation>Prüflisten</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>Quell-URL</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Heruntergeladen</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Parties are screened against the active lists besides the Entity List entries shipped with ChipTrail; every hit names its list and date. The Consolidated Screening List (trade.gov) is a US government work in the public domain. OpenSanctions data is not shipped with ChipTrail: its licence (CC BY-NC 4.0) allows non-commercial use, such as by journalists, researchers and NGOs; commercial users need a licence from OpenSanctions.</source>
        <translation>Beteiligte werden neben den mit ChipTrail gelieferten Entity-List-Einträgen mit den aktiven Listen abgeglichen; jeder Treffer nennt seine Liste und deren Datum. Die Consolidated Screening List (trade.gov) ist als Werk der US-Regierung gemeinfrei. OpenSanctions-Daten liefert ChipTrail nicht mit: Ihre Lizenz (CC BY-NC 4.0) erlaubt nicht kommerzielle Nutzung, etwa durch Journalistinnen, Forschende und NGOs; kommerzielle Nutzer brauchen eine Lizenz von OpenSanctions.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Remove Screening List</source>
        <translation>Prüfliste entfernen</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from your screening lists? Screening decisions in your cases keep its name and entry ids.</source>
        <translation>„%1“ aus Ihren Prüflisten entfernen? Abgleichsentscheidungen in Ihren Fällen behalten Namen und Eintrags-IDs.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import cancelled; the screening lists are unchanged.</source>
        <translation>Import abgebrochen; die Prüflisten sind unverändert.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported &quot;%1&quot;: %n entries, downloaded %2.</source>
        <translation>
            <numerusform>„%1“ importiert: %n Eintrag, heruntergeladen am %2.</numerusform>
            <numerusform>„%1“ importiert: %n Einträge, heruntergeladen am %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Screening lists (*.csv *.json *.jsonl *.ftm);;All files (*)</source>
        <translation>Prüflisten (*.csv *.json *.jsonl *.ftm);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::SearchPanel</name>
    <message>
        <source>Show the claim this note backs</source>
        <translation>Die Angabe zeigen, die diese Notiz belegt</translation>
    </message>
    <message>
        <source>Read the source</source>
        <translation>Quelle lesen</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Parties (%1)</source>
        <translation>Akteure (%1)</translation>
    </message>
    <message>
        <source>Links (%1)</source>
        <translation>Verbindungen (%1)</translation>
    </message>
    <message>
        <source>Products (%1)</source>
        <translation>Produkte (%1)</translation>
    </message>
    <message>
        <source>Sources (%1)</source>
        <translation>Quellen (%1)</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Notizen (%1)</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>S. %1</translation>
    </message>
    <message>
        <source>Search parties, links, products, sources, notes</source>
        <translation>Akteure, Verbindungen, Produkte, Quellen, Notizen durchsuchen</translation>
    </message>
    <message>
        <source>Müller = Mueller; word forms count: kaufen finds gekauft, buy finds bought</source>
        <translation>Müller = Mueller; Wortformen zählen: „kaufen“ findet „gekauft“, „buy“ findet „bought“</translation>
    </message>
    <message>
        <source>Select it in the chain</source>
        <translation>In der Kette auswählen</translation>
    </message>
    <message>
        <source>published after the as-of date</source>
        <translation>nach dem Stand veröffentlicht</translation>
    </message>
    <message>
        <source>Only up to the as-of date</source>
        <translation>Nur bis zum Stand</translation>
    </message>
    <message>
        <source>Leave out hits dated after the as-of date (View → Panels Follow the As-of Date)</source>
        <translation>Treffer auslassen, die nach dem Stand datiert sind (Ansicht → Bereiche folgen dem Stand)</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n dated after the as-of date not shown</source>
        <translation>
            <numerusform>%1; %n Treffer nach dem Stand ausgeblendet</numerusform>
            <numerusform>%1; %n Treffer nach dem Stand ausgeblendet</numerusform>
        </translation>
    </message>
    <message>
        <source>dated after the as-of date</source>
        <translation>nach dem Stand datiert</translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::SiteDialog</name>
    <message>
        <source>Edit site</source>
        <translation>Standort bearbeiten</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>Neuer Standort</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Stadt</translation>
    </message>
    <message>
        <source>O&amp;perator</source>
        <translation>B&amp;etreiber</translation>
    </message>
    <message>
        <source>Con&amp;fidence</source>
        <translation>&amp;Gewissheit</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::SourceDialog</name>
    <message>
        <source>Edit source</source>
        <translation>Quelle bearbeiten</translation>
    </message>
    <message>
        <source>Add source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Paste the text of the article here, or open a file.</source>
        <translation>Fügen Sie hier den Text des Artikels ein oder öffnen Sie eine Datei.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Publisher</source>
        <translation>&amp;Herausgeber</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <source>Open &amp;File…</source>
        <translation>Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>Open source text</source>
        <translation>Text der Quelle öffnen</translation>
    </message>
    <message>
        <source>A source needs a title.</source>
        <translation>Eine Quelle braucht einen Titel.</translation>
    </message>
    <message>
        <source>A source needs its text: paste it or open a file.</source>
        <translation>Eine Quelle braucht ihren Text: Fügen Sie ihn ein oder öffnen Sie eine Datei.</translation>
    </message>
    <message>
        <source>The date must be YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>Das Datum muss die Form JJJJ, JJJJ-MM oder JJJJ-MM-TT haben.</translation>
    </message>
    <message>
        <source>Other language</source>
        <translation>Andere Sprache</translation>
    </message>
    <message>
        <source>e.g. https://web.archive.org/web/…</source>
        <translation>z. B. https://web.archive.org/web/…</translation>
    </message>
    <message>
        <source>&amp;Retrieved on</source>
        <translation>&amp;Abgerufen am</translation>
    </message>
    <message>
        <source>&amp;Archived copy</source>
        <translation>Arc&amp;hivierte Kopie</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Reading page %1 of %2…</source>
        <translation>Seite %1 von %2 wird gelesen…</translation>
    </message>
    <message>
        <source>Texts and PDFs (*.txt *.md *.html *.htm *.pdf);;All files (*)</source>
        <translation>Texte und PDFs (*.txt *.md *.html *.htm *.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The PDF is still being read: wait for it or cancel it.</source>
        <translation>Das PDF wird noch gelesen: warten Sie darauf oder brechen Sie ab.</translation>
    </message>
    <message>
        <source>The link must be a web address starting with https:// or http://.</source>
        <translation>Der Link muss eine Webadresse sein, die mit https:// oder http:// beginnt.</translation>
    </message>
    <message>
        <source>The archived copy must be a web address starting with https:// or http://.</source>
        <translation>Die archivierte Kopie muss eine Webadresse sein, die mit https:// oder http:// beginnt.</translation>
    </message>
    <message numerus="yes">
        <source>PDF %1, %n page(s); the text is the PDF&apos;s own and cannot be edited here.</source>
        <translation>
            <numerusform>PDF %1, %n Seite; der Text ist der des PDFs und kann hier nicht bearbeitet werden.</numerusform>
            <numerusform>PDF %1, %n Seiten; der Text ist der des PDFs und kann hier nicht bearbeitet werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::SourceViewer</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>&amp;Edit Source…</source>
        <translation>Quelle &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Attach Selection</source>
        <translation>Auswahl zuordnen</translation>
    </message>
    <message>
        <source>Attach Selection to %1</source>
        <translation>Auswahl %1 zuordnen</translation>
    </message>
    <message>
        <source>Select a party or a link first</source>
        <translation>Wählen Sie zuerst einen Akteur oder eine Verbindung aus</translation>
    </message>
    <message>
        <source>(retrieved %1)</source>
        <translation>(abgerufen am %1)</translation>
    </message>
    <message>
        <source>Retrieved %1</source>
        <translation>Abgerufen am %1</translation>
    </message>
    <message>
        <source>Archived copy: %1</source>
        <translation>Archivierte Kopie: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>PDF %1, %n page(s), SHA-256 %2</source>
        <translation>
            <numerusform>PDF %1, %n Seite, SHA-256 %2</numerusform>
            <numerusform>PDF %1, %n Seiten, SHA-256 %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::TableImportActions</name>
    <message>
        <source>Import &amp;Table…</source>
        <translation>&amp;Tabelle importieren…</translation>
    </message>
    <message>
        <source>Adds the rows of a spreadsheet (CSV or Excel) as links, one per row</source>
        <translation>Fügt die Zeilen einer Tabelle (CSV oder Excel) als Verbindungen hinzu, eine je Zeile</translation>
    </message>
    <message>
        <source>Import Table</source>
        <translation>Tabelle importieren</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx);;CSV files (*.csv *.tsv *.txt);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Tabellen (*.csv *.tsv *.txt *.xlsx);;CSV-Dateien (*.csv *.tsv *.txt);;Excel-Arbeitsmappen (*.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Imported %1 (Undo takes it back)</source>
        <translation>%1 importiert (Rückgängig nimmt es zurück)</translation>
    </message>
    <message>
        <source>Import cancelled; the case is unchanged</source>
        <translation>Import abgebrochen; der Fall ist unverändert</translation>
    </message>
    <message>
        <source>Writing %1 rows of %2…</source>
        <translation>Schreibe %1 Zeilen aus %2…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>%1: %2 links, %3 new parties, %4 parties of the case, %5 new products, %6 new sites</source>
        <translation>%1: %2 Verbindungen, %3 neue Parteien, %4 Parteien des Falls, %5 neue Produkte, %6 neue Standorte</translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::TableImportDialog</name>
    <message>
        <source>Import Table — %1</source>
        <translation>Tabelle importieren – %1</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Blatt:</translation>
    </message>
    <message>
        <source>&amp;First row holds column names</source>
        <translation>&amp;Erste Zeile enthält Spaltennamen</translation>
    </message>
    <message>
        <source>&amp;Load Mapping…</source>
        <translation>Zuordnung &amp;laden…</translation>
    </message>
    <message>
        <source>Sa&amp;ve Mapping…</source>
        <translation>Zuordnung &amp;speichern…</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Erste Werte</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Wird zu</translation>
    </message>
    <message>
        <source>How the cells read</source>
        <translation>Wie die Zellen gelesen werden</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>German (1.234,5)</source>
        <translation>Deutsch (1.234,5)</translation>
    </message>
    <message>
        <source>English (1,234.5)</source>
        <translation>Englisch (1,234.5)</translation>
    </message>
    <message>
        <source>&amp;Numbers:</source>
        <translation>&amp;Zahlen:</translation>
    </message>
    <message>
        <source>Day first (31.12.2025, 03/04 = 3 April)</source>
        <translation>Tag zuerst (31.12.2025, 03/04 = 3. April)</translation>
    </message>
    <message>
        <source>Month first (12/31/2025, 03/04 = March 4)</source>
        <translation>Monat zuerst (12/31/2025, 03/04 = 4. März)</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Each row is a &amp;link of kind:</source>
        <translation>Jede Zeile ist eine &amp;Verbindung der Art:</translation>
    </message>
    <message>
        <source>e.g. EUR or USD</source>
        <translation>z. B. EUR oder USD</translation>
    </message>
    <message>
        <source>C&amp;urrency when no column says:</source>
        <translation>Wä&amp;hrung, wo keine Spalte sie nennt:</translation>
    </message>
    <message>
        <source>What the first rows become:</source>
        <translation>Was aus den ersten Zeilen wird:</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Seller → buyer</source>
        <translation>Verkäufer → Käufer</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>Von → nach</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>&amp;Stop Reading</source>
        <translation>&amp;Lesen abbrechen</translation>
    </message>
    <message>
        <source>Names that resemble another one. Tick those that are the same party; the others become parties of their own. Nothing is merged unless you tick it.</source>
        <translation>Namen, die einem anderen ähneln. Haken Sie die an, die dieselbe Partei sind; die übrigen werden eigene Parteien. Nichts wird zusammengeführt, was Sie nicht anhaken.</translation>
    </message>
    <message>
        <source>Same party</source>
        <translation>Dieselbe Partei</translation>
    </message>
    <message>
        <source>Name in the table</source>
        <translation>Name in der Tabelle</translation>
    </message>
    <message>
        <source>Resembles</source>
        <translation>Ähnelt</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Names that are parties of the case already (the same name once legal forms, case and punctuation are set aside) — their rows join those parties:</source>
        <translation>Namen, die schon Parteien des Falls sind (derselbe Name, wenn man Rechtsform, Groß- und Kleinschreibung und Satzzeichen beiseitelässt) – ihre Zeilen gehen an diese Parteien:</translation>
    </message>
    <message>
        <source>Party of the case</source>
        <translation>Partei des Falls</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose the columns that hold the seller and the buyer: every row becomes a link from the one to the other.</source>
        <translation>Wählen Sie die Spalten mit Verkäufer und Käufer: Jede Zeile wird eine Verbindung vom einen zum anderen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code; write three letters such as EUR or USD, or leave it empty.</source>
        <translation>„%1“ ist kein Währungscode; schreiben Sie drei Buchstaben wie EUR oder USD, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of these rows cannot be read as they are: %1. Fix the file or choose another column or style; the import takes every row or none.</source>
        <translation>
            <numerusform>Eine dieser Zeilen lässt sich so nicht lesen: %1. Berichtigen Sie die Datei oder wählen Sie eine andere Spalte oder Schreibweise; der Import nimmt alle Zeilen oder keine.</numerusform>
            <numerusform>%n dieser Zeilen lassen sich so nicht lesen: %1. Berichtigen Sie die Datei oder wählen Sie eine andere Spalte oder Schreibweise; der Import nimmt alle Zeilen oder keine.</numerusform>
        </translation>
    </message>
    <message>
        <source>The table has no data rows.</source>
        <translation>Die Tabelle hat keine Datenzeilen.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) read without problems.</source>
        <translation>
            <numerusform>Die erste Zeile liest sich ohne Probleme.</numerusform>
            <numerusform>Die ersten %n Zeilen lesen sich ohne Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the mapping is for the sheet &quot;%2&quot;, which %3 does not have</source>
        <translation>%1: Die Zuordnung gilt für das Blatt „%2“, das %3 nicht hat</translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation>%1 (für %2)</translation>
    </message>
    <message>
        <source>%1: the table has no column %2; choose those fields by hand</source>
        <translation>%1: Die Tabelle hat keine Spalte %2; wählen Sie diese Felder von Hand</translation>
    </message>
    <message>
        <source>Load Mapping</source>
        <translation>Zuordnung laden</translation>
    </message>
    <message>
        <source>Table mappings (*.json);;All files (*)</source>
        <translation>Tabellenzuordnungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <source>Table mappings (*.json)</source>
        <translation>Tabellenzuordnungen (*.json)</translation>
    </message>
    <message>
        <source>Saved the mapping as %1.</source>
        <translation>Zuordnung als %1 gespeichert.</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>Lese %1 …</translation>
    </message>
    <message>
        <source>Reading %1: %2 rows so far …</source>
        <translation>Lese %1: bisher %2 Zeilen …</translation>
    </message>
    <message>
        <source>%1: the table could not be read (%2)</source>
        <translation>%1: Die Tabelle ließ sich nicht lesen (%2)</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Nichts wurde importiert. %1</translation>
    </message>
    <message>
        <source>%1 (in the case)</source>
        <translation>%1 (im Fall)</translation>
    </message>
    <message>
        <source>%1 (in the table)</source>
        <translation>%1 (in der Tabelle)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) become as many links (%1).</source>
        <translation>
            <numerusform>Eine Zeile wird eine Verbindung (%1).</numerusform>
            <numerusform>%n Zeilen werden ebenso viele Verbindungen (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Parties: %1 new, %2 of the case.</source>
        <translation>Parteien: %1 neu, %2 aus dem Fall.</translation>
    </message>
    <message>
        <source>Products: %1 new, %2 of the case.</source>
        <translation>Produkte: %1 neu, %2 aus dem Fall.</translation>
    </message>
    <message>
        <source>Sites: %1 new, %2 of the case.</source>
        <translation>Standorte: %1 neu, %2 aus dem Fall.</translation>
    </message>
    <message>
        <source>The import is one step: Edit → Undo takes all of it back.</source>
        <translation>Der Import ist ein Schritt: Bearbeiten → Rückgängig nimmt ihn ganz zurück.</translation>
    </message>
    <message>
        <source>Choose the column that holds the seller: every row becomes a link from the seller to the buyer.</source>
        <translation>Wählen Sie die Spalte mit dem Verkäufer: Jede Zeile wird eine Verbindung vom Verkäufer zum Käufer.</translation>
    </message>
    <message>
        <source>Choose the column that holds the buyer: every row becomes a link from the seller to the buyer.</source>
        <translation>Wählen Sie die Spalte mit dem Käufer: Jede Zeile wird eine Verbindung vom Verkäufer zum Käufer.</translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::TimelineSlider</name>
    <message>
        <source>▶ Play</source>
        <translation>▶ Abspielen</translation>
    </message>
    <message>
        <source>Replay the case month by month</source>
        <translation>Den Fall Monat für Monat abspielen</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Alle Zeitpunkte</translation>
    </message>
    <message>
        <source>Show the whole case, whatever the date</source>
        <translation>Den ganzen Fall zeigen, unabhängig vom Datum</translation>
    </message>
    <message>
        <source>⏸ Pause</source>
        <translation>⏸ Pause</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand: %1</translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::TypedNameCheck</name>
    <message>
        <source>%1: “%2” is none of the choices; pick one from the list.</source>
        <translation>%1: „%2“ ist keine der Möglichkeiten; bitte eine aus der Liste wählen.</translation>
    </message>
    <message>
        <source>%1: “%2” fits %3; type more of the name or pick one from the list.</source>
        <translation>%1: „%2“ passt zu %3; mehr vom Namen tippen oder einen Eintrag aus der Liste wählen.</translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::UiLanguage</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Follow the &amp;System (%1)</source>
        <translation>&amp;System folgen (%1)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Trace export-controlled AI chips through supply chains.</source>
        <translation>Exportkontrollierte KI-Chips durch Lieferketten verfolgen.</translation>
    </message>
    <message>
        <source>Open the sample case &quot;INF Tech / Indosat&quot;.</source>
        <translation>Den Beispielfall „INF Tech / Indosat“ öffnen.</translation>
    </message>
    <message>
        <source>Quit once the window is painted (start-up benchmark).</source>
        <translation>Beenden, sobald das Fenster gezeichnet ist (Startzeit-Messung).</translation>
    </message>
    <message>
        <source>Show the case as of DATE (YYYY-MM-DD).</source>
        <translation>Den Fall mit Stand DATUM (JJJJ-MM-TT) zeigen.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Case file to open.</source>
        <translation>Zu öffnende Falldatei.</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Fall öffnen</translation>
    </message>
    <message>
        <source>Open sample case</source>
        <translation>Beispielfall öffnen</translation>
    </message>
    <message>
        <source>Show the user interface in LANGUAGE (en or de) this time, whatever the settings say.</source>
        <translation>Die Oberfläche diesmal in SPRACHE (en oder de) zeigen, unabhängig von den Einstellungen.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>--language: expected en or de</source>
        <translation>--language: en oder de erwartet</translation>
    </message>
    <message>
        <source>--as-of: expected a date YYYY-MM-DD</source>
        <translation>--as-of: erwartet ein Datum JJJJ-MM-TT</translation>
    </message>
</context>
</TS>
