<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Canvas</name>
    <message numerus="yes">
        <source>%n parties</source>
        <translation>
            <numerusform>%n party</numerusform>
            <numerusform>%n parties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n links inside</source>
        <translation>
            <numerusform>%n link inside</numerusform>
            <numerusform>%n links inside</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n links</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message numerus="yes">
        <source>the case file is damaged (it is %n bytes long, which no complete case file is)</source>
        <translation>
            <numerusform>the case file is damaged (it is %n byte long, which no complete case file is)</numerusform>
            <numerusform>the case file is damaged (it is %n bytes long, which no complete case file is)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) skipped: what they are about is not in the file</source>
        <translation>
            <numerusform>%n claim skipped: what it is about is not in the file</numerusform>
            <numerusform>%n claims skipped: what they are about is not in the file</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseJson</name>
    <message numerus="yes">
        <source>…%n more levels…</source>
        <comment>inside a JSON path</comment>
        <translation>
            <numerusform>…%n more level…</numerusform>
            <numerusform>…%n more levels…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%1: %n claim(s) have no source note</source>
        <translation>
            <numerusform>%1: %n claim has no source note</numerusform>
            <numerusform>%1: %n claims have no source note</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recovered %n row(s) of %1 into %2</source>
        <translation>
            <numerusform>Recovered %n row of %1 into %2</numerusform>
            <numerusform>Recovered %n rows of %1 into %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be recovered:</source>
        <translation>
            <numerusform>%n row could not be recovered:</numerusform>
            <numerusform>%n rows could not be recovered:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>downloaded %1, %n entries, imported %2</source>
        <translation>
            <numerusform>downloaded %1, %n entry, imported %2</numerusform>
            <numerusform>downloaded %1, %n entries, imported %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported &quot;%1&quot;: %n entries, downloaded %2.</source>
        <translation>
            <numerusform>Imported &quot;%1&quot;: %n entry, downloaded %2.</numerusform>
            <numerusform>Imported &quot;%1&quot;: %n entries, downloaded %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s) left out: listed after %1 or delisted before it</source>
        <translation>
            <numerusform>%n hit left out: listed after %1 or delisted before it</numerusform>
            <numerusform>%n hits left out: listed after %1 or delisted before it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n text(s) copied repaired</source>
        <translation>
            <numerusform>  %1: %n text copied repaired</numerusform>
            <numerusform>  %1: %n texts copied repaired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) were copied repaired:</source>
        <translation>
            <numerusform>%n text was copied repaired:</numerusform>
            <numerusform>%n texts were copied repaired:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>Move %n party(s)</source>
        <translation>
            <numerusform>Move %n party</numerusform>
            <numerusform>Move %n parties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n party(s) into “%1”</source>
        <translation>
            <numerusform>Merge %n party into “%1”</numerusform>
            <numerusform>Merge %n parties into “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message numerus="yes">
        <source>%n party name(s) left out: too small to read at this page size</source>
        <translation>
            <numerusform>%n party name left out: too small to read at this page size</numerusform>
            <numerusform>%n party names left out: too small to read at this page size</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Frame</name>
    <message numerus="yes">
        <source>+ %n more sources in the PDF</source>
        <translation>
            <numerusform>+ %n more source in the PDF</numerusform>
            <numerusform>+ %n more sources in the PDF</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link label(s) left out where they would cover a card or another label</source>
        <translation>
            <numerusform>%n link label left out where it would cover a card or another label</numerusform>
            <numerusform>%n link labels left out where they would cover a card or another label</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message numerus="yes">
        <source>Graphviz dot, %n node(s)</source>
        <translation>
            <numerusform>Graphviz dot, %n node</numerusform>
            <numerusform>Graphviz dot, %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Graphviz sfdp, %n node(s)</source>
        <translation>
            <numerusform>Graphviz sfdp, %n node</numerusform>
            <numerusform>Graphviz sfdp, %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>built-in tiered layout, %n node(s)</source>
        <translation>
            <numerusform>built-in tiered layout, %n node</numerusform>
            <numerusform>built-in tiered layout, %n nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message numerus="yes">
        <source>… and %n more chain(s). Select a party or a link to see its own.</source>
        <translation>
            <numerusform>… and %n more chain. Select a party or a link to see its own.</numerusform>
            <numerusform>… and %n more chains. Select a party or a link to see its own.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unit(s)</source>
        <translation>
            <numerusform>%Ln unit</numerusform>
            <numerusform>%Ln units</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableFile</name>
    <message numerus="yes">
        <source>Excel workbook, %n sheet(s), dates counted from %1</source>
        <translation>
            <numerusform>Excel workbook, %n sheet, dates counted from %1</numerusform>
            <numerusform>Excel workbook, %n sheets, dates counted from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableImport</name>
    <message numerus="yes">
        <source>%1: the mapping reads %2 from column %3, but the table has only %n column(s)</source>
        <translation>
            <numerusform>%1: the mapping reads %2 from column %3, but the table has only %n column</numerusform>
            <numerusform>%1: the mapping reads %2 from column %3, but the table has only %n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problem(s) in the row)</source>
        <translation>
            <numerusform>%1 (and %n more problem in the row)</numerusform>
            <numerusform>%1 (and %n more problems in the row)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::ChainEditor</name>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::ChainNavigator</name>
    <message numerus="yes">
        <source>Path of %n link(s).</source>
        <translation>
            <numerusform>Path of %n link.</numerusform>
            <numerusform>Path of %n links.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::ChainView</name>
    <message numerus="yes">
        <source>%n link label(s) left out where they would cover a card or another label.</source>
        <translation>
            <numerusform>%n link label left out where it would cover a card or another label.</numerusform>
            <numerusform>%n link labels left out where they would cover a card or another label.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n pair(s) of parties with alike names. Merge those that are one and the same; set aside those that are not.</source>
        <translation>
            <numerusform>%n pair of parties with alike names. Merge those that are one and the same; set aside those that are not.</numerusform>
            <numerusform>%n pairs of parties with alike names. Merge those that are one and the same; set aside those that are not.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::LayoutController</name>
    <message numerus="yes">
        <source>Laying out %n parties (%1)… View → Cancel Layout stops it.</source>
        <translation>
            <numerusform>Laying out %n party (%1)… View → Cancel Layout stops it.</numerusform>
            <numerusform>Laying out %n parties (%1)… View → Cancel Layout stops it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::MainWindow</name>
    <message numerus="yes">
        <source>%n parties</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%n party</numerusform>
            <numerusform>%n parties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n links</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsourced claims</source>
        <comment>status bar</comment>
        <translation>
            <numerusform>%n unsourced claim</numerusform>
            <numerusform>%n unsourced claims</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::RulesPanel</name>
    <message numerus="yes">
        <source>… and %n more link(s) that need a licence or carry a flag. Select a party or a link to see its own.</source>
        <translation>
            <numerusform>… and %n more link that needs a licence or carries a flag. Select a party or a link to see its own.</numerusform>
            <numerusform>… and %n more links that need a licence or carry a flag. Select a party or a link to see its own.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::ScreeningListsDialog</name>
    <message numerus="yes">
        <source>Imported &quot;%1&quot;: %n entries, downloaded %2.</source>
        <translation>
            <numerusform>Imported &quot;%1&quot;: %n entry, downloaded %2.</numerusform>
            <numerusform>Imported &quot;%1&quot;: %n entries, downloaded %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::SearchPanel</name>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n dated after the as-of date not shown</source>
        <translation>
            <numerusform>%1; %n hit dated after the as-of date not shown</numerusform>
            <numerusform>%1; %n hits dated after the as-of date not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::SourceDialog</name>
    <message numerus="yes">
        <source>PDF %1, %n page(s); the text is the PDF&apos;s own and cannot be edited here.</source>
        <translation>
            <numerusform>PDF %1, %n page; the text is the PDF&apos;s own and cannot be edited here.</numerusform>
            <numerusform>PDF %1, %n pages; the text is the PDF&apos;s own and cannot be edited here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::SourceViewer</name>
    <message numerus="yes">
        <source>PDF %1, %n page(s), SHA-256 %2</source>
        <translation>
            <numerusform>PDF %1, %n page, SHA-256 %2</numerusform>
            <numerusform>PDF %1, %n pages, SHA-256 %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>chiptrail::gui::TableImportDialog</name>
    <message numerus="yes">
        <source>%n of these rows cannot be read as they are: %1. Fix the file or choose another column or style; the import takes every row or none.</source>
        <translation>
            <numerusform>One of these rows cannot be read as it is: %1. Fix the file or choose another column or style; the import takes every row or none.</numerusform>
            <numerusform>%n of these rows cannot be read as they are: %1. Fix the file or choose another column or style; the import takes every row or none.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) read without problems.</source>
        <translation>
            <numerusform>The first row reads without problems.</numerusform>
            <numerusform>The first %n rows read without problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) become as many links (%1).</source>
        <translation>
            <numerusform>One row becomes one link (%1).</numerusform>
            <numerusform>%n rows become as many links (%1).</numerusform>
        </translation>
    </message>
</context>
</TS>
