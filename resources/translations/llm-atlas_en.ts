<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%n row(s) rejected: nothing was written.</source>
        <translation>
            <numerusform>%n row rejected: nothing was written.</numerusform>
            <numerusform>%n rows rejected: nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other pair(s) of self-hosting and API never break even between 1M and 100B tokens a month (see --format json).</source>
        <translation>
            <numerusform>%n other pair of self-hosting and API never breaks even between 1M and 100B tokens a month (see --format json).</numerusform>
            <numerusform>%n other pairs of self-hosting and API never break even between 1M and 100B tokens a month (see --format json).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostModel</name>
    <message numerus="yes">
        <source>%1 tokens a month is more than one %2 serves at %3 utilisation (%4 tokens a month): the cost counts %n copies of it.</source>
        <translation>
            <numerusform>%1 tokens a month is more than one %2 serves at %3 utilisation (%4 tokens a month): the cost counts %n copy of it.</numerusform>
            <numerusform>%1 tokens a month is more than one %2 serves at %3 utilisation (%4 tokens a month): the cost counts %n copies of it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sized for %1 requests/s at peak: %n replica(s) of batch %2, TTFT %3 and TPOT %4 (%5), limited by %6; speeds: %7.</source>
        <translation>
            <numerusform>Sized for %1 requests/s at peak: %n replica of batch %2, TTFT %3 and TPOT %4 (%5), limited by %6; speeds: %7.</numerusform>
            <numerusform>Sized for %1 requests/s at peak: %n replicas of batch %2, TTFT %3 and TPOT %4 (%5), limited by %6; speeds: %7.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>One model in %n quantization format(s)</source>
        <translation>
            <numerusform>One model in %n quantization format</numerusform>
            <numerusform>One model in %n quantization formats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measured run(s)</source>
        <translation>
            <numerusform>%n measured run</numerusform>
            <numerusform>%n measured runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Measurements</name>
    <message numerus="yes">
        <source>calibrated from %n run(s) on %1</source>
        <translation>
            <numerusform>calibrated from %n run on %1</numerusform>
            <numerusform>calibrated from %n runs on %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>%1 has %n record(s) this file lacks. Conflicts (same record, different facts): %2; the same in both: %3. Tick what to bring in: for a conflict, ticked takes their facts, unticked keeps yours.</source>
        <translation>
            <numerusform>%1 has %n record this file lacks. Conflicts (same record, different facts): %2; the same in both: %3. Tick what to bring in: for a conflict, ticked takes their facts, unticked keeps yours.</numerusform>
            <numerusform>%1 has %n records this file lacks. Conflicts (same record, different facts): %2; the same in both: %3. Tick what to bring in: for a conflict, ticked takes their facts, unticked keeps yours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergePlanModel</name>
    <message numerus="yes">
        <source>take theirs (%n field(s))</source>
        <translation>
            <numerusform>take theirs (%n field)</numerusform>
            <numerusform>take theirs (%n fields)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message numerus="yes">
        <source>Grey: a price older than %n month(s) (its as-of date); check it is still true. Italic: edited by you.</source>
        <translation>
            <numerusform>Grey: a price older than %n month (its as-of date); check it is still true. Italic: edited by you.</numerusform>
            <numerusform>Grey: a price older than %n months (its as-of date); check it is still true. Italic: edited by you.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Older than %n month(s): check it is still true.</source>
        <translation>
            <numerusform>Older than %n month: check it is still true.</numerusform>
            <numerusform>Older than %n months: check it is still true.</numerusform>
        </translation>
    </message>
</context>
</TS>
