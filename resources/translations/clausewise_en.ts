<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>HistoryExportDialog</name>
    <message numerus="yes">
        <source>One row per provision and one column per draft (%n draft(s)), the changes from the column before marked, and a Notes column with the team&apos;s notes.</source>
        <translation>
            <numerusform>One row per provision and one column per draft (%n draft), the changes from the column before marked, and a Notes column with the team&apos;s notes.</numerusform>
            <numerusform>One row per provision and one column per draft (%n drafts), the changes from the column before marked, and a Notes column with the team&apos;s notes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message numerus="yes">
        <source>Following the provisions through %n draft(s)…</source>
        <translation>
            <numerusform>Following the provisions through %n draft…</numerusform>
            <numerusform>Following the provisions through %n drafts…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provision(s)</source>
        <translation>
            <numerusform>%n provision</numerusform>
            <numerusform>%n provisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n paired</source>
        <translation>
            <numerusform>%n paired</numerusform>
            <numerusform>%n paired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mismatch(es)</source>
        <translation>
            <numerusform>%n mismatch</numerusform>
            <numerusform>%n mismatches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n modified</source>
        <translation>
            <numerusform>%n modified</numerusform>
            <numerusform>%n modified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n split</source>
        <translation>
            <numerusform>%n split</numerusform>
            <numerusform>%n split</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged</source>
        <translation>
            <numerusform>%n merged</numerusform>
            <numerusform>%n merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n moved</numerusform>
            <numerusform>%n moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renumbered</source>
        <translation>
            <numerusform>%n renumbered</numerusform>
            <numerusform>%n renumbered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message numerus="yes">
        <source>{name} %n changed of {total}</source>
        <translation>
            <numerusform>{name} %n changed of {total}</numerusform>
            <numerusform>{name} %n changed of {total}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n unchanged clause(s)  (click or press Enter to show)</source>
        <translation>
            <numerusform>%n unchanged clause  (click or press Enter to show)</numerusform>
            <numerusform>%n unchanged clauses  (click or press Enter to show)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged clause(s) not printed (changed clauses only)</source>
        <translation>
            <numerusform>%n unchanged clause not printed (changed clauses only)</numerusform>
            <numerusform>%n unchanged clauses not printed (changed clauses only)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes (%n)</source>
        <translation>
            <numerusform>Notes (%n)</numerusform>
            <numerusform>Notes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s)</source>
        <translation>
            <numerusform>Printed %n page</numerusform>
            <numerusform>Printed %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Briefing printed: %n page(s)</source>
        <translation>
            <numerusform>Briefing printed: %n page</numerusform>
            <numerusform>Briefing printed: %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) carried forward</source>
        <translation>
            <numerusform>%n note carried forward</numerusform>
            <numerusform>%n notes carried forward</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) review</source>
        <translation>
            <numerusform>%n needs review</numerusform>
            <numerusform>%n need review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n paragraph</numerusform>
            <numerusform>%n paragraphs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) written to {name}</source>
        <translation>
            <numerusform>%n note written to {name}</numerusform>
            <numerusform>%n notes written to {name}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadingNotes</name>
    <message numerus="yes">
        <source>%n reading note(s)</source>
        <translation>
            <numerusform>%n reading note</numerusform>
            <numerusform>%n reading notes</numerusform>
        </translation>
    </message>
</context>
</TS>
