<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About LLM Atlas</source>
        <translation>Über LLM Atlas</translation>
    </message>
    <message>
        <source>LLM Atlas icon</source>
        <translation>LLM-Atlas-Symbol</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LLM Atlas %1&lt;/h3&gt;&lt;p&gt;Which open-weight model, at which quantization, fits on which GPUs, and what it costs against an API.&lt;/p&gt;&lt;p&gt;Data as of &lt;b&gt;%2&lt;/b&gt;: %3 sources, %4 models, %5 GPUs.&lt;/p&gt;&lt;p&gt;LLM Atlas is free software under the GNU General Public License, version 3 or later. The bundled data quotes a published article verbatim and cites public facts; each source keeps its own terms and is listed below with its origin.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LLM Atlas %1&lt;/h3&gt;&lt;p&gt;Welches Open-Weight-Modell passt in welcher Quantisierung auf welche GPUs, und was kostet es im Vergleich zu einer API?&lt;/p&gt;&lt;p&gt;Datenstand &lt;b&gt;%2&lt;/b&gt;: %3 Quellen, %4 Modelle, %5 GPUs.&lt;/p&gt;&lt;p&gt;LLM Atlas ist freie Software unter der GNU General Public License, Version 3 oder später. Die mitgelieferten Daten zitieren einen veröffentlichten Artikel wörtlich und belegen öffentliche Fakten; jede Quelle behält ihre eigenen Bedingungen und ist unten mit ihrer Herkunft aufgeführt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Datenquellen</translation>
    </message>
    <message>
        <source>Every source of the open dataset with its origin and as-of date</source>
        <translation>Alle Quellen des geöffneten Datensatzes mit Herkunft und Stand</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;Model licences, as the sources state them:&lt;br&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Modelllizenzen laut den Quellen:&lt;br&gt;%1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AtlasDocument</name>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>“%1” is open read-only, so it cannot be edited. Save a copy (File &gt; Save As) and edit that.</source>
        <translation>„%1“ ist schreibgeschützt geöffnet und kann nicht bearbeitet werden. Speichern Sie eine Kopie (Datei &gt; Speichern unter) und bearbeiten Sie diese.</translation>
    </message>
    <message>
        <source>That row is no longer in the dataset.</source>
        <translation>Diese Zeile ist nicht mehr im Datensatz.</translation>
    </message>
    <message>
        <source>Put %1 in the tier list</source>
        <translation>%1 in die Tier-Liste aufnehmen</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>%1 von %2 bearbeiten</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>typed in by a user of this file</source>
        <translation>von einem Benutzer dieser Datei eingegeben</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>%1 from the tier list</source>
        <translation>%1 aus der Tier-Liste</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>its %1 tier-list entries</source>
        <translation>seine %1 Einträge in der Tier-Liste</translation>
    </message>
    <message>
        <source>%1 quoted hardware figures</source>
        <translation>%1 zitierte Hardware-Angaben</translation>
    </message>
    <message>
        <source>%1 recommendations</source>
        <translation>%1 Empfehlungen</translation>
    </message>
    <message>
        <source>the link from %1 API prices (the prices stay)</source>
        <translation>die Verknüpfung von %1 API-Preisen (die Preise bleiben)</translation>
    </message>
    <message>
        <source>the link from %1 quoted costs (the costs stay)</source>
        <translation>die Verknüpfung von %1 zitierten Kosten (die Kosten bleiben)</translation>
    </message>
    <message>
        <source>%1 GPU configurations</source>
        <translation>%1 GPU-Konfigurationen</translation>
    </message>
    <message>
        <source>Import measured runs from %1</source>
        <translation>Gemessene Läufe aus %1 importieren</translation>
    </message>
    <message>
        <source>%1 measured runs</source>
        <translation>%1 gemessene Läufe</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>Zitiert</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>the size must be %1 to %2 pixels each way, not %3 × %4.</source>
        <translation>die Größe muss in jeder Richtung %1 bis %2 Pixel betragen, nicht %3 × %4.</translation>
    </message>
    <message>
        <source>the scale must be from %1 to %2, not %3.</source>
        <translation>der Maßstab muss zwischen %1 und %2 liegen, nicht %3.</translation>
    </message>
    <message>
        <source>cannot tell the format of “%1”: use a .png, .svg or .pdf file.</source>
        <translation>das Format von „%1“ ist nicht erkennbar: Verwenden Sie eine .png-, .svg- oder .pdf-Datei.</translation>
    </message>
</context>
<context>
    <name>ComparisonReport</name>
    <message>
        <source>LLM Atlas comparison report</source>
        <translation>LLM-Atlas-Vergleichsbericht</translation>
    </message>
    <message>
        <source>Made with LLM Atlas %1 on %2 from %3.</source>
        <translation>Erstellt mit LLM Atlas %1 am %2 aus %3.</translation>
    </message>
    <message>
        <source>VRAM fit</source>
        <translation>VRAM-Passung</translation>
    </message>
    <message>
        <source>What each model needs in GPU memory on %1 (weights, KV cache and overhead), against the usable capacity, drawn as a dashed line.</source>
        <translation>Was jedes Modell auf %1 an GPU-Speicher braucht (Gewichte, KV-Cache und Overhead), verglichen mit der nutzbaren Kapazität als gestrichelte Linie.</translation>
    </message>
    <message>
        <source>Cost against volume</source>
        <translation>Kosten nach Volumen</translation>
    </message>
    <message>
        <source>Monthly cost of self-hosting and of APIs as the monthly volume grows; the marker stands at %1 tokens a month.</source>
        <translation>Monatliche Kosten von Selbst-Hosting und APIs bei wachsendem Monatsvolumen; die Markierung steht bei %1 Tokens pro Monat.</translation>
    </message>
    <message>
        <source>Tier overview</source>
        <translation>Tier-Übersicht</translation>
    </message>
    <message>
        <source>The tier list&apos;s models by total parameters, with the part used for each token.</source>
        <translation>Die Modelle der Tier-Liste nach Gesamtparametern, mit dem pro Token genutzten Anteil.</translation>
    </message>
    <message>
        <source>Tier list</source>
        <translation>Tier-Liste</translation>
    </message>
    <message>
        <source>As filtered and sorted in the window; “Needs” and “Fit” are for %1.</source>
        <translation>Wie im Fenster gefiltert und sortiert; „Braucht“ und „Passung“ gelten für %1.</translation>
    </message>
    <message>
        <source>Cost options</source>
        <translation>Kostenoptionen</translation>
    </message>
    <message>
        <source>At %1 tokens a month, cheapest first.</source>
        <translation>Bei %1 Tokens pro Monat, die günstigste zuerst.</translation>
    </message>
    <message>
        <source>Data audit</source>
        <translation>Datenprüfung</translation>
    </message>
    <message>
        <source>Where the data contradicts itself or physics, worst first.</source>
        <translation>Wo die Daten sich selbst oder der Physik widersprechen, das Schwerste zuerst.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Every source the database cites, with its as-of date.</source>
        <translation>Jede Quelle, die die Datenbank zitiert, mit ihrem Stand.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
</context>
<context>
    <name>CostChart</name>
    <message>
        <source>Tokens a month</source>
        <translation>Tokens pro Monat</translation>
    </message>
    <message>
        <source>Cost a month (US$)</source>
        <translation>Kosten pro Monat (US$)</translation>
    </message>
    <message>
        <source>Chosen volume</source>
        <translation>Gewähltes Volumen</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Gewinnschwelle</translation>
    </message>
    <message>
        <source>%1 API</source>
        <translation>%1-API</translation>
    </message>
    <message>
        <source>Choose a model to compare</source>
        <translation>Wählen Sie ein Modell zum Vergleichen</translation>
    </message>
    <message>
        <source>GPUs rented</source>
        <translation>GPUs gemietet</translation>
    </message>
    <message>
        <source>GPUs owned over %1 months</source>
        <translation>Eigene GPUs über %1 Monate</translation>
    </message>
    <message>
        <source>%1 tokens a month: %2 a month, %3 per million tokens</source>
        <translation>%1 Tokens pro Monat: %2 pro Monat, %3 pro Million Tokens</translation>
    </message>
    <message>
        <source>%1 replicas</source>
        <translation>%1 Replikate</translation>
    </message>
    <message>
        <source>%1: %2 (solid) sized for %3 requests/s at peak against APIs (dashed), %4 input:output</source>
        <translation>%1: %2 (Linie) für %3 Anfr./s Spitze vs. APIs (Strich), Ein:Aus %4</translation>
    </message>
    <message>
        <source>%1: %2 (solid) against APIs (dashed), %3 utilisation, %4 input:output</source>
        <translation>%1: %2 (Linie) vs. APIs (Strich), %3 Last, Ein:Aus %4</translation>
    </message>
</context>
<context>
    <name>CostControls</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>The open-weight model self-hosted on the GPU configurations</source>
        <translation>Das Open-Weight-Modell, das auf den GPU-Konfigurationen selbst gehostet wird</translation>
    </message>
    <message>
        <source>GPU configurations to compare</source>
        <translation>Zu vergleichende GPU-Konfigurationen</translation>
    </message>
    <message>
        <source>Checked configurations get a line and a row; the article&apos;s presets are checked at first</source>
        <translation>Ausgewählte Konfigurationen erhalten eine Linie und eine Zeile; anfangs sind die Vorgaben des Artikels ausgewählt</translation>
    </message>
    <message>
        <source>APIs to compare</source>
        <translation>Zu vergleichende APIs</translation>
    </message>
    <message>
        <source>Checked APIs get a line and a row; APIs serving the model and those the article&apos;s cost table names are checked at first</source>
        <translation>Ausgewählte APIs erhalten eine Linie und eine Zeile; anfangs sind die APIs ausgewählt, die das Modell anbieten oder in der Kostentabelle des Artikels stehen</translation>
    </message>
    <message>
        <source>Average GPU utilisation</source>
        <translation>Durchschnittliche GPU-Auslastung</translation>
    </message>
    <message>
        <source>Share of a configuration&apos;s peak throughput used on average over the month: traffic has peaks and quiet hours</source>
        <translation>Anteil des Spitzendurchsatzes einer Konfiguration, der im Monatsmittel genutzt wird: der Verkehr hat Spitzen und ruhige Stunden</translation>
    </message>
    <message>
        <source>Input share of the token mix</source>
        <translation>Eingabeanteil am Token-Mix</translation>
    </message>
    <message>
        <source>Input (prompt) tokens per output token&apos;s share: APIs price the two sides differently</source>
        <translation>Anteil der Eingabe-Tokens (Prompt) je Ausgabe-Token: APIs bepreisen beide Seiten unterschiedlich</translation>
    </message>
    <message>
        <source>Output share of the token mix</source>
        <translation>Ausgabeanteil am Token-Mix</translation>
    </message>
    <message>
        <source>Output (generated) tokens&apos; share of the mix</source>
        <translation>Anteil der Ausgabe-Tokens (generiert) am Mix</translation>
    </message>
    <message>
        <source>Rent or own the GPUs</source>
        <translation>GPUs mieten oder besitzen</translation>
    </message>
    <message>
        <source>Rent: GPUs × cloud price per hour × 730 hours. Own: purchase price spread over the amortisation period, plus power at full TDP</source>
        <translation>Mieten: GPUs × Cloud-Preis pro Stunde × 730 Stunden. Besitzen: Kaufpreis über den Abschreibungszeitraum verteilt, plus Strom bei voller TDP</translation>
    </message>
    <message>
        <source>Rent (cloud, per hour)</source>
        <translation>Mieten (Cloud, pro Stunde)</translation>
    </message>
    <message>
        <source>Own (buy and amortise)</source>
        <translation>Besitzen (kaufen und abschreiben)</translation>
    </message>
    <message>
        <source>Amortisation period in months</source>
        <translation>Abschreibungszeitraum in Monaten</translation>
    </message>
    <message>
        <source>Owned GPUs: the purchase price is spread over this many months</source>
        <translation>Eigene GPUs: der Kaufpreis wird auf so viele Monate verteilt</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>Power price per kilowatt-hour</source>
        <translation>Strompreis pro Kilowattstunde</translation>
    </message>
    <message>
        <source>Owned GPUs draw their full TDP all month at this price: an upper bound</source>
        <translation>Eigene GPUs ziehen den ganzen Monat ihre volle TDP zu diesem Preis: eine Obergrenze</translation>
    </message>
    <message>
        <source> /kWh</source>
        <translation> /kWh</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Mode&amp;l:</source>
        <translation>Mode&amp;ll:</translation>
    </message>
    <message>
        <source>GPU co&amp;nfigurations:</source>
        <translation>GPU-Ko&amp;nfigurationen:</translation>
    </message>
    <message>
        <source>API&amp;s:</source>
        <translation>API&amp;s:</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Annahmen</translation>
    </message>
    <message>
        <source>U&amp;tilisation:</source>
        <translation>A&amp;uslastung:</translation>
    </message>
    <message>
        <source>:</source>
        <translation>:</translation>
    </message>
    <message>
        <source>&amp;In : out:</source>
        <translation>&amp;Ein : aus:</translation>
    </message>
    <message>
        <source>G&amp;PUs:</source>
        <translation>G&amp;PUs:</translation>
    </message>
    <message>
        <source>Amo&amp;rtise over:</source>
        <translation>Abschre&amp;iben über:</translation>
    </message>
    <message>
        <source>Po&amp;wer:</source>
        <translation>St&amp;rom:</translation>
    </message>
    <message>
        <source>%1: %2 of memory</source>
        <translation>%1: %2 Speicher</translation>
    </message>
    <message>
        <source>Rent: %1 an hour per GPU (as of %2)</source>
        <translation>Miete: %1 pro Stunde und GPU (Stand %2)</translation>
    </message>
    <message>
        <source>Buy: %1 per GPU</source>
        <translation>Kauf: %1 pro GPU</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 in / %2 out per million tokens, as of %3</source>
        <translation>%1 Eingabe / %2 Ausgabe pro Million Tokens, Stand %3</translation>
    </message>
    <message>
        <source>Serves %1</source>
        <translation>Bietet %1 an</translation>
    </message>
    <message>
        <source>Fit and throughput at %1 weights with %2 tokens of context per sequence, batched up to %3 sequences.</source>
        <translation>Passung und Durchsatz mit %1-Gewichten, %2 Tokens Kontext pro Sequenz und Batches von bis zu %3 Sequenzen.</translation>
    </message>
</context>
<context>
    <name>CostModel</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>The token volume must be a finite number, zero or more.</source>
        <translation>Das Token-Volumen muss eine endliche Zahl sein, null oder mehr.</translation>
    </message>
    <message>
        <source>The input:output ratio needs two non-negative parts, not both zero.</source>
        <translation>Das Verhältnis Eingabe:Ausgabe braucht zwei nicht negative Teile, die nicht beide null sind.</translation>
    </message>
    <message>
        <source>Utilisation must be more than 0% and at most 100%.</source>
        <translation>Die Auslastung muss über 0 % und höchstens 100 % liegen.</translation>
    </message>
    <message>
        <source>Hours per month must be more than zero.</source>
        <translation>Die Stunden pro Monat müssen mehr als null sein.</translation>
    </message>
    <message>
        <source>Owned GPUs need an amortisation period of at least one month.</source>
        <translation>Eigene GPUs brauchen einen Abschreibungszeitraum von mindestens einem Monat.</translation>
    </message>
    <message>
        <source>The power price cannot be negative.</source>
        <translation>Der Strompreis kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>A throughput set by hand must be more than zero tokens a second.</source>
        <translation>Ein von Hand gesetzter Durchsatz muss mehr als null Tokens pro Sekunde betragen.</translation>
    </message>
    <message>
        <source>%1 %2 API</source>
        <translation>%1 %2 API</translation>
    </message>
    <message>
        <source>%1 on %2 (rented)</source>
        <translation>%1 auf %2 (gemietet)</translation>
    </message>
    <message>
        <source>%1 on %2 (owned)</source>
        <translation>%1 auf %2 (gekauft)</translation>
    </message>
    <message>
        <source>A configuration needs at least one GPU.</source>
        <translation>Eine Konfiguration braucht mindestens eine GPU.</translation>
    </message>
    <message>
        <source>%1 has no cloud price in the database, so it cannot be rented here; try owning it.</source>
        <translation>%1 hat keinen Cloud-Preis in der Datenbank und kann hier daher nicht gemietet werden; versuchen Sie es mit eigenen GPUs.</translation>
    </message>
    <message>
        <source>%1 has no purchase price in the database, so it cannot be bought here; try renting it.</source>
        <translation>%1 hat keinen Kaufpreis in der Datenbank und kann hier daher nicht gekauft werden; versuchen Sie es mit Mieten.</translation>
    </message>
    <message>
        <source>%1 has no power draw in the database: power is not counted.</source>
        <translation>%1 hat keine Leistungsaufnahme in der Datenbank: Strom wird nicht berechnet.</translation>
    </message>
    <message>
        <source>%1 does not fit on %2 at %3 with %4 of context: it needs %5 of the %6 usable.</source>
        <translation>%1 passt bei %3 mit %4 Kontext nicht auf %2: Es braucht %5 der nutzbaren %6.</translation>
    </message>
    <message>
        <source>It would fit with the routed experts in system RAM.</source>
        <translation>Mit den gerouteten Experten im Arbeitsspeicher würde es passen.</translation>
    </message>
    <message>
        <source>No memory is left on %1 for even one sequence&apos;s KV cache.</source>
        <translation>Auf %1 bleibt nicht einmal Speicher für den KV-Cache einer Sequenz.</translation>
    </message>
    <message>
        <source>%1 has no memory bandwidth or compute figures, so its throughput cannot be estimated.</source>
        <translation>Für %1 fehlen Angaben zu Speicherbandbreite oder Rechenleistung, daher lässt sich der Durchsatz nicht schätzen.</translation>
    </message>
    <message>
        <source>%1 tokens a month would need more than a trillion copies of %2.</source>
        <translation>%1 Tokens pro Monat bräuchten mehr als eine Billion Kopien von %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 tokens a month is more than one %2 serves at %3 utilisation (%4 tokens a month): the cost counts %n copies of it.</source>
        <translation>
            <numerusform>%1 Tokens pro Monat sind mehr, als eine %2 bei %3 Auslastung bedient (%4 Tokens pro Monat): Die Kosten rechnen mit %n Kopie davon.</numerusform>
            <numerusform>%1 Tokens pro Monat sind mehr, als eine %2 bei %3 Auslastung bedient (%4 Tokens pro Monat): Die Kosten rechnen mit %n Kopien davon.</numerusform>
        </translation>
    </message>
    <message>
        <source>Throughput set by hand: %1 tokens/s (the estimate is %2).</source>
        <translation>Durchsatz von Hand gesetzt: %1 Tokens/s (die Schätzung ist %2).</translation>
    </message>
    <message>
        <source>A batch of %1 sequences touches more of the MoE&apos;s experts than one token does, so this throughput estimate is optimistic.</source>
        <translation>Ein Batch von %1 Sequenzen berührt mehr Experten des MoE als ein einzelnes Token, daher ist diese Durchsatzschätzung optimistisch.</translation>
    </message>
    <message>
        <source>Routed experts are kept in system RAM; the throughput estimate ignores reading them and is optimistic.</source>
        <translation>Die gerouteten Experten liegen im Arbeitsspeicher; die Durchsatzschätzung lässt das Lesen dieser Experten außer Acht und ist optimistisch.</translation>
    </message>
    <message>
        <source>A break-even needs one self-hosting option and one API option.</source>
        <translation>Eine Gewinnschwelle braucht eine Option zum Selbst-Hosten und eine API-Option.</translation>
    </message>
    <message>
        <source>%1 is not an option: %2</source>
        <translation>%1 ist keine Option: %2</translation>
    </message>
    <message>
        <source>between %1 and %2 tokens a month</source>
        <translation>zwischen %1 und %2 Tokens pro Monat</translation>
    </message>
    <message>
        <source>%1 costs nothing, so self-hosting never costs less.</source>
        <translation>%1 kostet nichts, daher ist Selbst-Hosten nie günstiger.</translation>
    </message>
    <message>
        <source>%1 never costs less than %2 %3: even at its capacity (%4 tokens a month) it costs %5 per million tokens, more than the API&apos;s %6.</source>
        <translation>%1 ist %3 nie günstiger als %2: Selbst bei voller Kapazität (%4 Tokens pro Monat) kostet es %5 pro Million Tokens, mehr als die %6 der API.</translation>
    </message>
    <message>
        <source>%1 never costs less than %2 %3: it would first at %4 tokens a month.</source>
        <translation>%1 ist %3 nie günstiger als %2: Das wäre es erst bei %4 Tokens pro Monat.</translation>
    </message>
    <message>
        <source>%1 costs no more than %2 from %3 tokens a month; below that the API is cheaper.</source>
        <translation>%1 kostet ab %3 Tokens pro Monat nicht mehr als %2; darunter ist die API günstiger.</translation>
    </message>
    <message>
        <source>%1 already costs no more than %2 at %3 tokens a month.</source>
        <translation>%1 kostet schon bei %3 Tokens pro Monat nicht mehr als %2.</translation>
    </message>
    <message>
        <source>Just past each multiple of %1 tokens a month another copy is needed and the API is cheaper again for a while, up to %2 tokens a month.</source>
        <translation>Knapp über jedem Vielfachen von %1 Tokens pro Monat wird eine weitere Kopie nötig, und die API ist eine Weile wieder günstiger, bis %2 Tokens pro Monat.</translation>
    </message>
    <message>
        <source>Just past %1 tokens a month another copy is needed and the API is cheaper again for a while; self-hosting stays cheaper from %2 tokens a month on.</source>
        <translation>Knapp über %1 Tokens pro Monat wird eine weitere Kopie nötig, und die API ist eine Weile wieder günstiger; ab %2 Tokens pro Monat bleibt Selbst-Hosten günstiger.</translation>
    </message>
    <message>
        <source>%1 a month for %2 tokens is %3 per million tokens, as quoted.</source>
        <translation>%1 pro Monat für %2 Tokens sind %3 pro Million Tokens, wie zitiert.</translation>
    </message>
    <message>
        <source>%1 a month for %2 tokens is %3 per million tokens, not the quoted %4: the quoted figure is %5 times too low.</source>
        <translation>%1 pro Monat für %2 Tokens sind %3 pro Million Tokens, nicht die zitierten %4: Der zitierte Wert ist %5-mal zu niedrig.</translation>
    </message>
    <message>
        <source>%1 a month for %2 tokens is %3 per million tokens, not the quoted %4: the quoted figure is %5 times too high.</source>
        <translation>%1 pro Monat für %2 Tokens sind %3 pro Million Tokens, nicht die zitierten %4: Der zitierte Wert ist %5-mal zu hoch.</translation>
    </message>
    <message>
        <source>No volume or no cost per million tokens is quoted, so the two cannot be checked against each other.</source>
        <translation>Es ist kein Volumen oder keine Kosten pro Million Tokens zitiert, daher lassen sich beide nicht gegeneinander prüfen.</translation>
    </message>
    <message>
        <source>The row names API price %1, which is not in the database.</source>
        <translation>Die Zeile nennt den API-Preis %1, der nicht in der Datenbank ist.</translation>
    </message>
    <message>
        <source>%1&apos;s list prices (%2 in, %3 out, as of %4)</source>
        <translation>den Listenpreisen von %1 (%2 Eingabe, %3 Ausgabe, Stand %4)</translation>
    </message>
    <message>
        <source>The quoted %1 per million tokens is the 3:1 input:output blend of %2.</source>
        <translation>Die zitierten %1 pro Million Tokens sind die 3:1-Mischung aus Eingabe und Ausgabe von %2.</translation>
    </message>
    <message>
        <source>The quoted %1 per million tokens is the 1:1 average of %2; at a 3:1 input:output mix it is %3.</source>
        <translation>Die zitierten %1 pro Million Tokens sind der 1:1-Durchschnitt von %2; bei einer 3:1-Mischung aus Eingabe und Ausgabe sind es %3.</translation>
    </message>
    <message>
        <source>The quoted %1 per million tokens matches neither the 3:1 input:output blend (%2) nor the 1:1 average (%3) of %4.</source>
        <translation>Die zitierten %1 pro Million Tokens passen weder zur 3:1-Mischung aus Eingabe und Ausgabe (%2) noch zum 1:1-Durchschnitt (%3) von %4.</translation>
    </message>
    <message>
        <source>The row names GPU %1, which is not in the database.</source>
        <translation>Die Zeile nennt die GPU %1, die nicht in der Datenbank ist.</translation>
    </message>
    <message>
        <source>%1 has no cloud price in the database, so the quoted %2 a month cannot be checked.</source>
        <translation>%1 hat keinen Cloud-Preis in der Datenbank, daher lassen sich die zitierten %2 pro Monat nicht prüfen.</translation>
    </message>
    <message>
        <source>%1 rented at %2 an hour per GPU for %3 hours a month costs %4</source>
        <translation>%1, gemietet zu %2 pro Stunde und GPU für %3 Stunden im Monat, kostet %4</translation>
    </message>
    <message>
        <source>%1, consistent with the quoted %2.</source>
        <translation>%1, passend zu den zitierten %2.</translation>
    </message>
    <message>
        <source>%1, not the quoted %2 (%3 apart).</source>
        <translation>%1, nicht die zitierten %2 (%3 Abweichung).</translation>
    </message>
    <message>
        <source>%1 cannot serve the quoted volume: %2</source>
        <translation>%1 kann das zitierte Volumen nicht bedienen: %2</translation>
    </message>
    <message>
        <source>On the cost model&apos;s estimate one %1 serves about %2 tokens a month of %3 (%4 tokens/s at %5 utilisation), so %6 tokens cost %7 per million tokens; even at that capacity it would cost %8 per million tokens.</source>
        <translation>Nach der Schätzung des Kostenmodells bedient eine %1 etwa %2 Tokens pro Monat von %3 (%4 Tokens/s bei %5 Auslastung), also kosten %6 Tokens %7 pro Million Tokens; selbst bei dieser Kapazität wären es %8 pro Million Tokens.</translation>
    </message>
    <message>
        <source>published %1 runs</source>
        <translation>veröffentlichten %1-Messungen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>The latency targets are not met.</source>
        <translation>Die Latenzziele werden nicht erreicht.</translation>
    </message>
    <message>
        <source>Peak for %1 hours a day and %2 of the peak the rest: replicas off-peak: %3, %4 of the always-on replica-hours.</source>
        <translation>Spitze %1 Stunden am Tag und %2 der Spitze in der übrigen Zeit: Replikate außerhalb der Spitze: %3, %4 der Replikatstunden im Dauerbetrieb.</translation>
    </message>
    <message numerus="yes">
        <source>Sized for %1 requests/s at peak: %n replica(s) of batch %2, TTFT %3 and TPOT %4 (%5), limited by %6; speeds: %7.</source>
        <translation>
            <numerusform>Ausgelegt für %1 Anfragen/s in der Spitze: %n Replik mit Batch %2, TTFT %3 und TPOT %4 (%5), begrenzt durch %6; Geschwindigkeiten: %7.</numerusform>
            <numerusform>Ausgelegt für %1 Anfragen/s in der Spitze: %n Repliken mit Batch %2, TTFT %3 und TPOT %4 (%5), begrenzt durch %6; Geschwindigkeiten: %7.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostTableModel</name>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Pro Monat</translation>
    </message>
    <message>
        <source>Per M tokens</source>
        <translation>Pro Mio. Tokens</translation>
    </message>
    <message>
        <source>Capacity/month</source>
        <translation>Kapazität/Monat</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>Feasible</source>
        <translation>Machbar</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Cheapest feasible</source>
        <translation>Günstigste machbare</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Self-host</source>
        <translation>Selbst hosten</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 in / %2 out per M tokens, blended %3 (prices as of %4)</source>
        <translation>%1 Eingabe / %2 Ausgabe pro Mio. Tokens, gemischt %3 (Preise Stand %4)</translation>
    </message>
    <message>
        <source>Throughput %1 tokens/s per replica (batch %2; %3), capacity %4 tokens/month</source>
        <translation>Durchsatz %1 Tokens/s pro Replikat (Batch %2; %3), Kapazität %4 Tokens/Monat</translation>
    </message>
    <message>
        <source>compute-bound</source>
        <translation>rechengebunden</translation>
    </message>
    <message>
        <source>bandwidth-bound</source>
        <translation>bandbreitengebunden</translation>
    </message>
    <message>
        <source>One replica: %1/month</source>
        <translation>Ein Replikat: %1/Monat</translation>
    </message>
    <message>
        <source>TTFT</source>
        <translation>TTFT</translation>
    </message>
    <message>
        <source>TPOT</source>
        <translation>TPOT</translation>
    </message>
    <message>
        <source>Limited by</source>
        <translation>Begrenzt durch</translation>
    </message>
    <message>
        <source>Meets targets</source>
        <translation>Ziele erreicht</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Batch %1 of at most %2 in memory; prompt %3 ms, decode step %4 ms; one replica sustains %5 requests/s at %6 busy (speeds: %7)</source>
        <translation>Batch %1 von höchstens %2 im Speicher; Prompt %3 ms, Decode-Schritt %4 ms; eine Replik trägt %5 Anfragen/s bei %6 Auslastung (Geschwindigkeiten: %7)</translation>
    </message>
    <message>
        <source>Batched decode as %1 runs it; efficiencies from %2</source>
        <translation>Gebündeltes Decodieren wie in %1; Wirkungsgrade aus %2</translation>
    </message>
    <message>
        <source>Speeds</source>
        <translation>Geschwindigkeiten</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>calibrated</source>
        <translation>kalibriert</translation>
    </message>
    <message>
        <source>published efficiency</source>
        <translation>veröffentlichte Effizienz</translation>
    </message>
</context>
<context>
    <name>CostView</name>
    <message>
        <source>Options at this volume</source>
        <translation>Optionen bei diesem Volumen</translation>
    </message>
    <message>
        <source>Every checked option priced at the chosen volume, cheapest first; the cheapest feasible one is in bold</source>
        <translation>Jede ausgewählte Option zum gewählten Volumen bepreist, die günstigste zuerst; die günstigste machbare ist fett</translation>
    </message>
    <message>
        <source>The article&apos;s cost scenarios, audited</source>
        <translation>Die Kostenszenarien des Artikels, geprüft</translation>
    </message>
    <message>
        <source>The article&apos;s four cost scenarios as printed, what the cost model gives for the same API or GPUs with the assumptions on the left, and the audit&apos;s verdict</source>
        <translation>Die vier Kostenszenarien des Artikels wie abgedruckt, was das Kostenmodell für dieselbe API oder dieselben GPUs mit den Annahmen links ergibt, und das Urteil der Prüfung</translation>
    </message>
    <message>
        <source>Cost summary</source>
        <translation>Kostenübersicht</translation>
    </message>
    <message>
        <source>Monthly token volume</source>
        <translation>Monatliches Token-Volumen</translation>
    </message>
    <message>
        <source>Tokens a month, input and output together, on a logarithmic scale from 1M to 100B; Page Up and Page Down move by a factor of ten</source>
        <translation>Tokens pro Monat, Eingabe und Ausgabe zusammen, auf einer logarithmischen Skala von 1 Mio. bis 100 Mrd.; Bild auf und Bild ab ändern um den Faktor zehn</translation>
    </message>
    <message>
        <source>Monthly token volume as text</source>
        <translation>Monatliches Token-Volumen als Text</translation>
    </message>
    <message>
        <source>Type a volume such as 250M, 1.5B or 2e9 and press Enter</source>
        <translation>Geben Sie ein Volumen wie 250 Mio., 1,5 Mrd. oder 2e9 ein und drücken Sie die Eingabetaste</translation>
    </message>
    <message>
        <source>Volume error</source>
        <translation>Volumenfehler</translation>
    </message>
    <message>
        <source>Why the typed volume was not used; the last valid volume still applies</source>
        <translation>Warum das eingegebene Volumen nicht verwendet wurde; das letzte gültige Volumen gilt weiter</translation>
    </message>
    <message>
        <source>tokens a month</source>
        <translation>Tokens pro Monat</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Gewinnschwelle</translation>
    </message>
    <message>
        <source>Monthly cost against volume</source>
        <translation>Monatliche Kosten nach Volumen</translation>
    </message>
    <message>
        <source>Monthly cost of each checked option against the monthly volume, both on logarithmic scales; hover a line or a point for its figures</source>
        <translation>Monatliche Kosten jeder ausgewählten Option über dem Monatsvolumen, beide logarithmisch; zeigen Sie auf eine Linie oder einen Punkt, um die Werte zu sehen</translation>
    </message>
    <message>
        <source>Figures from %1, another published model</source>
        <translation>Werte von %1, einem anderen veröffentlichten Modell</translation>
    </message>
    <message>
        <source>%1 tokens a month is outside the range compared here, %2 to %3.</source>
        <translation>%1 Tokens pro Monat liegen außerhalb des hier verglichenen Bereichs von %2 bis %3.</translation>
    </message>
    <message>
        <source>No model to compare.</source>
        <translation>Kein Modell zum Vergleichen.</translation>
    </message>
    <message>
        <source>At &lt;b&gt;%1&lt;/b&gt; tokens a month the cheapest option checked is &lt;b&gt;%2&lt;/b&gt;: %3 a month (%4 per million tokens).</source>
        <translation>Bei &lt;b&gt;%1&lt;/b&gt; Tokens pro Monat ist die günstigste ausgewählte Option &lt;b&gt;%2&lt;/b&gt;: %3 pro Monat (%4 pro Million Tokens).</translation>
    </message>
    <message>
        <source>None of the checked options can serve %1 tokens a month.</source>
        <translation>Keine der ausgewählten Optionen kann %1 Tokens pro Monat bedienen.</translation>
    </message>
    <message>
        <source>rented</source>
        <translation>gemietet</translation>
    </message>
    <message>
        <source>owned</source>
        <translation>eigene</translation>
    </message>
    <message>
        <source>No configuration of up to 8 GPUs of one type (%1) can serve %2.</source>
        <translation>Keine Konfiguration aus bis zu 8 GPUs eines Typs (%1) kann %2 bedienen.</translation>
    </message>
    <message>
        <source>Not drawn, not feasible at any volume (the table says why): %1.</source>
        <translation>Nicht gezeichnet, bei keinem Volumen machbar (die Tabelle nennt den Grund): %1.</translation>
    </message>
    <message>
        <source>Self-host</source>
        <translation>Selbst hosten</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>one copy</source>
        <translation>eine Kopie</translation>
    </message>
    <message>
        <source>%1 copies</source>
        <translation>%1 Kopien</translation>
    </message>
    <message>
        <source>The cheapest GPUs for %1 at this volume, over every GPU type × 1–8 %2: &lt;b&gt;%3&lt;/b&gt;, %4 a month (%5).</source>
        <translation>Die günstigsten GPUs für %1 bei diesem Volumen, über jeden GPU-Typ × 1–8 %2: &lt;b&gt;%3&lt;/b&gt;, %4 pro Monat (%5).</translation>
    </message>
    <message>
        <source>The chart at the chosen volume, as a table: each option&apos;s monthly cost, cost per million tokens, capacity and feasibility</source>
        <translation>Das Diagramm beim gewählten Volumen als Tabelle: monatliche Kosten, Kosten pro Million Tokens, Kapazität und Machbarkeit jeder Option</translation>
    </message>
    <message>
        <source>Cost assumptions and choices</source>
        <translation>Kostenannahmen und Auswahl</translation>
    </message>
    <message>
        <source>Vol&amp;ume:</source>
        <translation>V&amp;olumen:</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>The article&apos;s scenarios, audited</source>
        <translation>Die Szenarien des Artikels, geprüft</translation>
    </message>
    <message>
        <source>The cheapest option at the chosen volume and where the lines cross</source>
        <translation>Die günstigste Option beim gewählten Volumen und wo sich die Linien kreuzen</translation>
    </message>
</context>
<context>
    <name>DataAudit</name>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>VRAM at FP16</source>
        <translation>VRAM bei FP16</translation>
    </message>
    <message>
        <source>VRAM at Q4</source>
        <translation>VRAM bei Q4</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Quoted ~%1; %2 parameters need %3 for weights: consistent.</source>
        <translation>Zitiert ~%1; %2 Parameter brauchen %3 für die Gewichte: stimmig.</translation>
    </message>
    <message>
        <source>Quoted ~%1, but every expert of an MoE model stays in memory: %2 total parameters need %3 (%4x the quote). %5</source>
        <translation>Zitiert ~%1, aber bei einem MoE-Modell bleibt jeder Experte im Speicher: %2 Parameter insgesamt brauchen %3 (das %4-Fache des Zitats). %5</translation>
    </message>
    <message>
        <source>The quote sizes only the %1 active parameters, which decide speed, not memory.</source>
        <translation>Das Zitat bemisst nur die %1 aktiven Parameter, die über die Geschwindigkeit entscheiden, nicht über den Speicher.</translation>
    </message>
    <message>
        <source>It does not match the %1 active parameters either (%2), although the article labels it “active”.</source>
        <translation>Es passt auch nicht zu den %1 aktiven Parametern (%2), obwohl der Artikel es als „aktiv“ bezeichnet.</translation>
    </message>
    <message>
        <source>Quoted ~%1; %2 parameters need %3 for weights alone.</source>
        <translation>Zitiert ~%1; %2 Parameter brauchen allein für die Gewichte %3.</translation>
    </message>
    <message>
        <source>minimum GPU “%1”</source>
        <translation>Mindest-GPU „%1“</translation>
    </message>
    <message>
        <source>None of the GPUs named is in the dataset, so the claim cannot be checked.</source>
        <translation>Keine der genannten GPUs ist im Datensatz, daher lässt sich die Angabe nicht prüfen.</translation>
    </message>
    <message>
        <source>%1 holds %2 usable, %3 needs %4 (%5)</source>
        <translation>%1 bietet %2 nutzbar, %3 braucht %4 (%5)</translation>
    </message>
    <message>
        <source>Plausible at Q4_0 with a 4K context: %1.</source>
        <translation>Plausibel bei Q4_0 mit 4K-Kontext: %1.</translation>
    </message>
    <message>
        <source>Too small even at Q4_0 with a 4K context: %1.</source>
        <translation>Selbst bei Q4_0 mit 4K-Kontext zu klein: %1.</translation>
    </message>
    <message>
        <source>No published model matches the name and size the article gives; the figures use %1 instead. %2</source>
        <translation>Kein veröffentlichtes Modell passt zu Name und Größe aus dem Artikel; die Werte verwenden stattdessen %1. %2</translation>
    </message>
</context>
<context>
    <name>DataPack</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the file is over %1 MB.</source>
        <translation>die Datei ist größer als %1 MB.</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <translation>sie ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>it is not an LLM Atlas data pack: it has no “%1” version number.</source>
        <translation>sie ist kein LLM-Atlas-Datenpaket: ihr fehlt die Versionsnummer „%1“.</translation>
    </message>
    <message>
        <source>it is a data pack of version %1, newer than this LLM Atlas reads (%2); update LLM Atlas.</source>
        <translation>sie ist ein Datenpaket der Version %1, neuer als diese LLM-Atlas-Version lesen kann (%2); aktualisieren Sie LLM Atlas.</translation>
    </message>
    <message>
        <source>its version “%1” is not a data pack version.</source>
        <translation>ihre Version „%1“ ist keine Datenpaket-Version.</translation>
    </message>
    <message>
        <source>its “%1” is not a date as 2026-12-06: every pack says when its facts were taken.</source>
        <translation>ihr „%1“ ist kein Datum wie 2026-12-06: Jedes Paket nennt den Stand seiner Fakten.</translation>
    </message>
    <message>
        <source>A data pack of %1.</source>
        <translation>Ein Datenpaket vom %1.</translation>
    </message>
    <message>
        <source>A data pack of %1 (%2).</source>
        <translation>Ein Datenpaket vom %1 (%2).</translation>
    </message>
    <message>
        <source>Ignored (not a section of a data pack): %1</source>
        <translation>Ignoriert (kein Abschnitt eines Datenpakets): %1</translation>
    </message>
    <message>
        <source>its “%1”: %2</source>
        <translation>ihr „%1“: %2</translation>
    </message>
    <message>
        <source>it has none of the sections models, gpus and prices.</source>
        <translation>sie hat keinen der Abschnitte models, gpus und prices.</translation>
    </message>
    <message>
        <source>Data pack %1</source>
        <translation>Datenpaket %1</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>imported into LLM Atlas</source>
        <translation>in LLM Atlas importiert</translation>
    </message>
    <message>
        <source>its “%1” is not a list of sources.</source>
        <translation>ihr „%1“ ist keine Liste von Quellen.</translation>
    </message>
    <message>
        <source>its source %1 needs a whole-number “id”, a “title” and an “%2” date.</source>
        <translation>ihre Quelle %1 braucht eine ganzzahlige „id“, einen „title“ und ein Datum „%2“.</translation>
    </message>
    <message>
        <source>two of its sources have the id %1.</source>
        <translation>zwei ihrer Quellen haben die id %1.</translation>
    </message>
    <message>
        <source>the catalogue bundled with LLM Atlas</source>
        <translation>der mit LLM Atlas mitgelieferte Katalog</translation>
    </message>
    <message>
        <source>its “%1” line %2 cites the source “%3”, which its “%4” does not list.</source>
        <translation>ihr „%1“ in Zeile %2 zitiert die Quelle „%3“, die ihr „%4“ nicht aufführt.</translation>
    </message>
    <message>
        <source>its “%1” is neither a list of rows nor the name of a table beside it.</source>
        <translation>ihr „%1“ ist weder eine Liste von Zeilen noch der Name einer Tabelle daneben.</translation>
    </message>
    <message>
        <source>its “%1” names “%2”: a pack&apos;s tables are files beside it, named without a folder.</source>
        <translation>ihr „%1“ nennt „%2“: Die Tabellen eines Pakets sind Dateien daneben, ohne Ordner benannt.</translation>
    </message>
    <message>
        <source>its “%1” names the file “%2”, but the pack was not read from a folder.</source>
        <translation>ihr „%1“ nennt die Datei „%2“, aber das Paket wurde nicht aus einem Ordner gelesen.</translation>
    </message>
    <message>
        <source>its “%1” names “%2”, which is not a .csv or .json file.</source>
        <translation>ihr „%1“ nennt „%2“, keine .csv- oder .json-Datei.</translation>
    </message>
    <message>
        <source>its “%1” table “%2” cannot be read: %3</source>
        <translation>ihre „%1“-Tabelle „%2“ kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>its “%1” table “%2” is over %3 MB.</source>
        <translation>ihre „%1“-Tabelle „%2“ ist größer als %3 MB.</translation>
    </message>
    <message>
        <source>“%1” cannot be made as a folder.</source>
        <translation>„%1“ kann nicht als Ordner angelegt werden.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>exported from %1 by LLM Atlas</source>
        <translation>von LLM Atlas aus %1 exportiert</translation>
    </message>
</context>
<context>
    <name>DataSources</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>article “%1” as of %2</source>
        <translation>Artikel „%1“, Stand %2</translation>
    </message>
    <message>
        <source>%1 as of %2</source>
        <translation>%1, Stand %2</translation>
    </message>
    <message>
        <source>model configs</source>
        <translation>Modellkonfigurationen</translation>
    </message>
    <message>
        <source>GPU datasheets</source>
        <translation>GPU-Datenblätter</translation>
    </message>
    <message>
        <source>quantization formats</source>
        <translation>Quantisierungsformate</translation>
    </message>
    <message>
        <source>prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>with local edits</source>
        <translation>mit lokalen Änderungen</translation>
    </message>
    <message>
        <source>Data: LLM Atlas dataset — %1</source>
        <translation>Daten: LLM-Atlas-Datensatz — %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot configure “%1”: %2</source>
        <translation>„%1“ kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>„%1“ ist ein Ordner, keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is empty: it is not an LLM Atlas database.</source>
        <translation>„%1“ ist leer: Es ist keine LLM-Atlas-Datenbank.</translation>
    </message>
    <message>
        <source>“%1” is not an LLM Atlas database (it is not an SQLite file).</source>
        <translation>„%1“ ist keine LLM-Atlas-Datenbank (es ist keine SQLite-Datei).</translation>
    </message>
    <message>
        <source>“%1” is in use by another program that is writing to it. Close it there, or try again in a moment.</source>
        <translation>„%1“ wird gerade von einem anderen Programm beschrieben. Schließen Sie die Datei dort, oder versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2</source>
        <translation>„%1“ ist beschädigt: %2</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another application, not an LLM Atlas database.</source>
        <translation>„%1“ ist eine SQLite-Datenbank einer anderen Anwendung, keine LLM-Atlas-Datenbank.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of LLM Atlas (schema version %2; this version reads up to %3). Update LLM Atlas to open it.</source>
        <translation>„%1“ wurde von einer neueren Version von LLM Atlas geschrieben (Schemaversion %2; diese Version liest bis Schemaversion %3). Aktualisieren Sie LLM Atlas, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>“%1” is an incomplete LLM Atlas database (it has no schema).</source>
        <translation>„%1“ ist eine unvollständige LLM-Atlas-Datenbank (sie hat kein Schema).</translation>
    </message>
    <message>
        <source>“%1” is damaged: its table “%2” is missing.</source>
        <translation>„%1“ ist beschädigt: Die Tabelle „%2“ fehlt.</translation>
    </message>
    <message>
        <source>“%1” contains a %2 (“%3”) that LLM Atlas did not create, so it is not opened.</source>
        <translation>„%1“ enthält ein Objekt vom Typ %2 („%3“), das nicht von LLM Atlas angelegt wurde; die Datei wird daher nicht geöffnet.</translation>
    </message>
    <message>
        <source>“%1” is damaged: SQLite&apos;s integrity check failed (%2).</source>
        <translation>„%1“ ist beschädigt: Die Integritätsprüfung von SQLite ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>“%1” was being written when the program writing it stopped, and it cannot be written to finish the recovery. Open it once where it can be written.</source>
        <translation>„%1“ wurde gerade geschrieben, als das schreibende Programm abbrach, und kann nicht beschrieben werden, um die Wiederherstellung abzuschließen. Öffnen Sie die Datei einmal dort, wo sie beschrieben werden kann.</translation>
    </message>
    <message>
        <source>“%1” was being written when the program writing it stopped, and recovering it failed: %2</source>
        <translation>„%1“ wurde gerade geschrieben, als das schreibende Programm abbrach, und die Wiederherstellung ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>“%1” uses an older schema (version %2) and must be upgraded, but it cannot be written.</source>
        <translation>„%1“ verwendet ein älteres Schema (Version %2) und muss aktualisiert werden, kann aber nicht beschrieben werden.</translation>
    </message>
    <message>
        <source>Upgrading “%1” failed, nothing was changed: %2</source>
        <translation>Die Aktualisierung von „%1“ ist fehlgeschlagen, es wurde nichts geändert: %2</translation>
    </message>
    <message>
        <source>“%1” already exists; a new database is never written over a file.</source>
        <translation>„%1“ existiert bereits; eine neue Datenbank überschreibt nie eine vorhandene Datei.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create “%1” from the bundled dataset: %2</source>
        <translation>„%1“ kann nicht aus dem mitgelieferten Datensatz angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>„%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>“%1” is open read-only.</source>
        <translation>„%1“ ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Cannot save the GPU configuration “%1”: %2</source>
        <translation>Die GPU-Konfiguration „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>“%1” is the open file; choose another name to save a copy.</source>
        <translation>„%1“ ist die geöffnete Datei; wählen Sie einen anderen Namen, um eine Kopie zu speichern.</translation>
    </message>
    <message>
        <source>“%1” is a folder.</source>
        <translation>„%1“ ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot save a copy as “%1”: %2</source>
        <translation>Die Kopie kann nicht als „%1“ gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>“%1” is locked by another program (perhaps another LLM Atlas window is saving to it). Nothing was changed; try again in a moment, or open a copy.</source>
        <translation>„%1“ ist von einem anderen Programm gesperrt (vielleicht speichert gerade ein anderes LLM-Atlas-Fenster darin). Es wurde nichts geändert; versuchen Sie es gleich noch einmal, oder öffnen Sie eine Kopie.</translation>
    </message>
    <message>
        <source>“%1” is read-only. Nothing was changed; save a copy to edit it.</source>
        <translation>„%1“ ist schreibgeschützt. Es wurde nichts geändert; speichern Sie eine Kopie, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation>„%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Another LLM Atlas has been preparing “%1” for more than %2 seconds; try again once it is done.</source>
        <translation>Ein anderes LLM Atlas bereitet „%1“ seit mehr als %2 Sekunden vor; versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>Cannot lock “%1” to prepare it (the folder cannot be written?).</source>
        <translation>„%1“ kann zum Vorbereiten nicht gesperrt werden (ist der Ordner schreibgeschützt?).</translation>
    </message>
</context>
<context>
    <name>DatasetWriter</name>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>“%1” is open read-only: it cannot be changed. Save a copy (File &gt; Save As) to edit it.</source>
        <translation>„%1“ ist schreibgeschützt geöffnet und kann nicht geändert werden. Speichern Sie eine Kopie (Datei &gt; Speichern unter) und bearbeiten Sie die Kopie.</translation>
    </message>
    <message>
        <source>The row to change is no longer in the database (%1).</source>
        <translation>Die zu ändernde Zeile ist nicht mehr in der Datenbank (%1).</translation>
    </message>
    <message>
        <source>The row to delete is no longer in the database (%1).</source>
        <translation>Die zu löschende Zeile ist nicht mehr in der Datenbank (%1).</translation>
    </message>
    <message>
        <source>Rows of “%1” cannot be deleted.</source>
        <translation>Zeilen von „%1“ können nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>LLM Atlas databases (*.sqlite *.db);;All files (*)</source>
        <translation>LLM-Atlas-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Start a new database from the bundled dataset</source>
        <translation>Eine neue Datenbank aus dem mitgelieferten Datensatz anlegen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Write a consistent copy of this database and continue with the copy</source>
        <translation>Eine konsistente Kopie dieser Datenbank schreiben und mit der Kopie weiterarbeiten</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>Zusa&amp;mmenführen…</translation>
    </message>
    <message>
        <source>Bring in models, GPUs and API prices from a colleague&apos;s LLM Atlas file</source>
        <translation>Modelle, GPUs und API-Preise aus der LLM-Atlas-Datei eines Kollegen übernehmen</translation>
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
        <source>New LLM Atlas Database</source>
        <translation>Neue LLM-Atlas-Datenbank</translation>
    </message>
    <message>
        <source>Cannot create database</source>
        <translation>Datenbank kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>“%1” already exists. A new database is never written over a file: choose a new name.</source>
        <translation>„%1“ existiert bereits. Eine neue Datenbank überschreibt nie eine Datei: Wählen Sie einen neuen Namen.</translation>
    </message>
    <message>
        <source>Created %1 from the bundled dataset</source>
        <translation>%1 aus dem mitgelieferten Datensatz angelegt</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Kopie speichern unter</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Import CSV or JSON</source>
        <translation>CSV oder JSON importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Merge Another LLM Atlas Database</source>
        <translation>Mit einer anderen LLM-Atlas-Datenbank zusammenführen</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>Zusammenführen nicht möglich</translation>
    </message>
    <message>
        <source>%1 holds nothing this file lacks.</source>
        <translation>%1 enthält nichts, was dieser Datei fehlt.</translation>
    </message>
    <message>
        <source>Merge %1</source>
        <translation>%1 zusammenführen</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Merge cancelled: nothing was changed.</source>
        <translation>Zusammenführen abgebrochen: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Open LLM Atlas Database</source>
        <translation>LLM-Atlas-Datenbank öffnen</translation>
    </message>
    <message>
        <source>Add Model from &amp;File…</source>
        <translation>Modell &amp;aus Datei hinzufügen…</translation>
    </message>
    <message>
        <source>Add or update a model from a GGUF, a safetensors file or a model folder&apos;s config.json, with its weights measured</source>
        <translation>Ein Modell aus einer GGUF-, einer safetensors-Datei oder der config.json eines Modellordners hinzufügen oder aktualisieren, mit gemessenen Gewichten</translation>
    </message>
    <message>
        <source>Add Model from File</source>
        <translation>Modell aus Datei hinzufügen</translation>
    </message>
    <message>
        <source>Model files (*.gguf *.safetensors config.json);;All files (*)</source>
        <translation>Modelldateien (*.gguf *.safetensors config.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cancelled: nothing was added.</source>
        <translation>Abgebrochen: Nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 does not say who made “%2”. Vendor:</source>
        <translation>%1 nennt den Hersteller von „%2“ nicht. Hersteller:</translation>
    </message>
    <message>
        <source>Cannot add the model</source>
        <translation>Das Modell kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Update %1 from %2</source>
        <translation>%1 aus %2 aktualisieren</translation>
    </message>
    <message>
        <source>Add %1 from %2</source>
        <translation>%1 aus %2 hinzufügen</translation>
    </message>
    <message>
        <source>What does the file hold: models, gpus, prices, tiers or measurements?</source>
        <translation>Was enthält die Datei: models, gpus, prices, tiers oder measurements?</translation>
    </message>
    <message>
        <source>“%1” is not models, gpus, prices, tiers or measurements.</source>
        <translation>„%1“ ist weder models, gpus, prices, tiers noch measurements.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is too large for a measurements file.</source>
        <translation>„%1“ ist zu groß für eine Messdatei.</translation>
    </message>
    <message>
        <source>“%1” refused: %2. Nothing was written.</source>
        <translation>„%1“ abgelehnt: %2. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1
Nothing was written. Runs whose model or GPU the file does not name as this database does can be given one with llm-atlas import FILE --kind measurements --model NAME --gpu NAME --count N.</source>
        <translation>%1
Es wurde nichts geschrieben. Läufen, deren Modell oder GPU die Datei nicht so nennt wie diese Datenbank, kann man eines zuweisen mit llm-atlas import FILE --kind measurements --model NAME --gpu NAME --count N.</translation>
    </message>
    <message>
        <source>Import measured runs</source>
        <translation>Gemessene Läufe importieren</translation>
    </message>
    <message>
        <source>%1
Add %2 measured runs to this file?</source>
        <translation>%1
%2 gemessene Läufe zu dieser Datei hinzufügen?</translation>
    </message>
    <message>
        <source>%1 measured runs imported from %2: see the Measurements tab.</source>
        <translation>%1 gemessene Läufe aus %2 importiert: siehe Reiter Messungen.</translation>
    </message>
    <message>
        <source>Add or change models, GPUs, API prices or a tier list from CSV or JSON, a colleague&apos;s data pack, or measured benchmark runs</source>
        <translation>Modelle, GPUs, API-Preise oder eine Tier-Liste aus CSV oder JSON, das Datenpaket eines Kollegen oder gemessene Benchmark-Läufe hinzufügen oder ändern</translation>
    </message>
    <message>
        <source>Export &amp;Data Pack…</source>
        <translation>Datenpa&amp;ket exportieren…</translation>
    </message>
    <message>
        <source>Write the models, GPUs and API prices to one dated file a colleague imports in one step</source>
        <translation>Modelle, GPUs und API-Preise in eine datierte Datei schreiben, die ein Kollege in einem Schritt importiert</translation>
    </message>
    <message>
        <source>Tables, data packs and benchmark results (*.csv *.json *.jsonl);;All files (*)</source>
        <translation>Tabellen, Datenpakete und Benchmark-Ergebnisse (*.csv *.json *.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Data Pack</source>
        <translation>Datenpaket exportieren</translation>
    </message>
    <message>
        <source>LLM Atlas data pack (*.json)</source>
        <translation>LLM-Atlas-Datenpaket (*.json)</translation>
    </message>
    <message>
        <source>Cannot export the data pack</source>
        <translation>Datenpaket kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Data pack of %1 models, %2 GPUs and %3 API prices written to %4</source>
        <translation>Datenpaket mit %1 Modellen, %2 GPUs und %3 API-Preisen nach %4 geschrieben</translation>
    </message>
    <message>
        <source>Update from &amp;Bundled Catalogue…</source>
        <translation>Aus mitgeliefertem Ka&amp;talog aktualisieren…</translation>
    </message>
    <message>
        <source>Add the models, GPUs and API prices this version of LLM Atlas bundles that this file lacks, and update those that differ, after a preview</source>
        <translation>Die mit dieser LLM-Atlas-Version mitgelieferten Modelle, GPUs und API-Preise, die dieser Datei fehlen, nach einer Vorschau hinzufügen und abweichende aktualisieren</translation>
    </message>
    <message>
        <source>Reading the bundled catalogue…</source>
        <translation>Mitgelieferter Katalog wird gelesen…</translation>
    </message>
    <message>
        <source>Update cancelled: nothing was written.</source>
        <translation>Aktualisierung abgebrochen: Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Cannot read the bundled catalogue</source>
        <translation>Der mitgelieferte Katalog kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Bundled catalogue</source>
        <translation>Mitgelieferter Katalog</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Copy C&amp;hart as Image</source>
        <translation>&amp;Diagramm als Bild kopieren</translation>
    </message>
    <message>
        <source>Copy Table as &amp;Markdown</source>
        <translation>Tabelle als &amp;Markdown kopieren</translation>
    </message>
    <message>
        <source>Copy Table as CS&amp;V</source>
        <translation>Tabelle als CS&amp;V kopieren</translation>
    </message>
    <message>
        <source>Save the current chart or table, or a comparison report, to a file</source>
        <translation>Das aktuelle Diagramm, die aktuelle Tabelle oder einen Vergleichsbericht in eine Datei speichern</translation>
    </message>
    <message>
        <source>Print the current chart or table, with a preview</source>
        <translation>Das aktuelle Diagramm oder die aktuelle Tabelle mit Vorschau drucken</translation>
    </message>
    <message>
        <source>Copy the current chart, with its title and sources, as an image</source>
        <translation>Das aktuelle Diagramm mit Titel und Quellen als Bild kopieren</translation>
    </message>
    <message>
        <source>Copy the current table as a Markdown table, for a wiki</source>
        <translation>Die aktuelle Tabelle als Markdown-Tabelle kopieren, für ein Wiki</translation>
    </message>
    <message>
        <source>Copy the current table as CSV, for a spreadsheet</source>
        <translation>Die aktuelle Tabelle als CSV kopieren, für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>This page has nothing of that kind to export.</source>
        <translation>Diese Seite hat nichts dieser Art zu exportieren.</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>LLM Atlas, %1</source>
        <translation>LLM Atlas, %1</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>%1 drucken</translation>
    </message>
    <message>
        <source>Chart copied as an image</source>
        <translation>Diagramm als Bild kopiert</translation>
    </message>
    <message>
        <source>Table copied as CSV</source>
        <translation>Tabelle als CSV kopiert</translation>
    </message>
    <message>
        <source>Table copied as Markdown</source>
        <translation>Tabelle als Markdown kopiert</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Bericht wird geschrieben…</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG vector image (text stays text)</source>
        <translation>SVG-Vektorgrafik (Text bleibt Text)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>CSV (for spreadsheets)</source>
        <translation>CSV (für Tabellenkalkulationen)</translation>
    </message>
    <message>
        <source>JSON (typed values)</source>
        <translation>JSON (typisierte Werte)</translation>
    </message>
    <message>
        <source>Markdown table (for wikis)</source>
        <translation>Markdown-Tabelle (für Wikis)</translation>
    </message>
    <message>
        <source>HTML page with vector charts</source>
        <translation>HTML-Seite mit Vektordiagrammen</translation>
    </message>
    <message>
        <source>Chart size</source>
        <translation>Diagrammgröße</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Diagramm: %1</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>Tabelle: %1</translation>
    </message>
    <message>
        <source>Comparison report (fit and cost charts, tables, assumptions)</source>
        <translation>Vergleichsbericht (Passungs- und Kostendiagramme, Tabellen, Annahmen)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>Device pixels per pixel: 2 gives a sharp image on HiDPI screens and slides</source>
        <translation>Gerätepixel pro Pixel: 2 ergibt ein scharfes Bild auf HiDPI-Bildschirmen und Folien</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Breite:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Höhe:</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;Skalierung:</translation>
    </message>
    <message>
        <source>&amp;Export:</source>
        <translation>&amp;Export:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <source>%1 × %2 points</source>
        <translation>%1 × %2 Punkt</translation>
    </message>
    <message>
        <source>%1 × %2 user units</source>
        <translation>%1 × %2 Benutzereinheiten</translation>
    </message>
</context>
<context>
    <name>FactsEditor</name>
    <message>
        <source>&lt;b&gt;GPUs&lt;/b&gt;: datasheet facts, street and cloud prices. Double-click a cell to edit it; hover for its source and date.</source>
        <translation>&lt;b&gt;GPUs&lt;/b&gt;: Datenblattangaben, Markt- und Cloud-Preise. Doppelklicken Sie auf eine Zelle, um sie zu bearbeiten; Quelle und Datum zeigt der Tooltip.</translation>
    </message>
    <message>
        <source>De&amp;lete GPU…</source>
        <translation>GPU &amp;löschen…</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>&lt;b&gt;API prices&lt;/b&gt; per million tokens</source>
        <translation>&lt;b&gt;API-Preise&lt;/b&gt; pro Million Tokens</translation>
    </message>
    <message>
        <source>Delete P&amp;rice…</source>
        <translation>&amp;Preis löschen…</translation>
    </message>
    <message>
        <source>API prices</source>
        <translation>API-Preise</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a row in a form that checks every field (Insert in the table)</source>
        <translation>Eine Zeile in einem Formular hinzufügen, das jedes Feld prüft (Einfg in der Tabelle)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected row in a form (Ctrl+Return in the table)</source>
        <translation>Die ausgewählte Zeile in einem Formular bearbeiten (Strg+Eingabe in der Tabelle)</translation>
    </message>
</context>
<context>
    <name>FileSaver</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>FitTableModel</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV-Cache</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>Overhead</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Benötigt</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>Nutzbar</translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>Passt</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Max context</source>
        <translation>Max. Kontext</translation>
    </message>
    <message>
        <source>In system RAM</source>
        <translation>Im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Batch x context x cached layers x per-token size for the attention kind</source>
        <translation>Batch × Kontext × gecachte Schichten × Größe pro Token für die Attention-Art</translation>
    </message>
    <message>
        <source>Runtime reserve per GPU plus the activation buffer for a prefill chunk</source>
        <translation>Laufzeitreserve pro GPU plus Aktivierungspuffer für einen Prefill-Block</translation>
    </message>
    <message>
        <source>GPUs x memory x utilisation fraction</source>
        <translation>GPUs × Speicher × Auslastungsanteil</translation>
    </message>
    <message>
        <source>Longest context that still fits, up to the model&apos;s own limit</source>
        <translation>Längster Kontext, der noch passt, bis zur Grenze des Modells</translation>
    </message>
    <message>
        <source>Routed experts kept in system RAM when expert offload is on</source>
        <translation>Geroutete Experten, die bei Experten-Auslagerung im Arbeitsspeicher liegen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 at %2 (%3 bits/weight) on %4
Weights %5 + KV cache %6 (%7 tokens x %8, %9) + overhead %10 = %11
Usable %12 (%13% of %14)%15</source>
        <translation>%1 mit %2 (%3 Bit/Gewicht) auf %4
Gewichte %5 + KV-Cache %6 (%7 Tokens × %8, %9) + Overhead %10 = %11
Nutzbar %12 (%13 % von %14)%15</translation>
    </message>
    <message>
        <source>
Routed experts in system RAM: %1</source>
        <translation>
Geroutete Experten im Arbeitsspeicher: %1</translation>
    </message>
    <message>
        <source>Best format</source>
        <translation>Bestes Format</translation>
    </message>
    <message>
        <source>Fewest GPUs</source>
        <translation>Wenigste GPUs</translation>
    </message>
    <message>
        <source>The highest-precision weight format that fits this configuration</source>
        <translation>Das genaueste Gewichtsformat, das auf diese Konfiguration passt</translation>
    </message>
    <message>
        <source>The fewest GPUs of this type (up to %1) that hold the model as configured</source>
        <translation>Die wenigsten GPUs dieses Typs (bis zu %1), die das Modell wie konfiguriert aufnehmen</translation>
    </message>
    <message>
        <source>%1x %2</source>
        <translation>%1× %2</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>mehr als %1</translation>
    </message>
    <message>
        <source>engine by format</source>
        <translation>Engine nach Format</translation>
    </message>
    <message>
        <source>Decode tok/s (%1)</source>
        <translation>Decode Tok/s (%1)</translation>
    </message>
    <message>
        <source>Decode ceiling tok/s</source>
        <translation>Decode-Obergrenze Tok/s</translation>
    </message>
    <message>
        <source>Prefill tok/s (%1)</source>
        <translation>Prefill Tok/s (%1)</translation>
    </message>
    <message>
        <source>First token (s)</source>
        <translation>Erstes Token (s)</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Expected for one stream as the engine runs the model: bytes read per token (active weights and the KV cache on the GPUs, routed experts in system RAM) over the bandwidth the engine achieves in published runs. llama.cpp splits the layers, so its GPUs&apos; bandwidths do not add up; vLLM splits every layer and they do.</source>
        <translation>Erwartet für einen Stream, wie die Engine das Modell ausführt: pro Token gelesene Bytes (aktive Gewichte und KV-Cache auf den GPUs, geroutete Experten im Arbeitsspeicher) geteilt durch die Bandbreite, die die Engine in veröffentlichten Läufen erreicht. llama.cpp teilt die Schichten auf, daher addieren sich die Bandbreiten seiner GPUs nicht; vLLM teilt jede Schicht auf, und sie addieren sich.</translation>
    </message>
    <message>
        <source>The ceiling for one stream: the same bytes over the peak bandwidths, with no overhead</source>
        <translation>Die Obergrenze für einen Stream: dieselben Bytes geteilt durch die Spitzenbandbreiten, ohne Overhead</translation>
    </message>
    <message>
        <source>Reading the prompt: 2 x active parameters per token over the dense FP16 rate the engine achieves</source>
        <translation>Lesen des Prompts: 2 x aktive Parameter pro Token geteilt durch die dichte FP16-Rate, die die Engine erreicht</translation>
    </message>
    <message>
        <source>Reading the prompt plus one decoded token</source>
        <translation>Lesen des Prompts plus ein decodiertes Token</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 does not fit %2 as configured, so no speed is given.</source>
        <translation>%1 passt in dieser Konfiguration nicht auf %2, daher wird keine Geschwindigkeit angegeben.</translation>
    </message>
    <message>
        <source>Expected %1 tok/s with %2 (%3); ceiling %4 tok/s from peak bandwidth.
Per token: %5 read on the GPUs</source>
        <translation>Erwartet %1 Tok/s mit %2 (%3); Obergrenze %4 Tok/s aus der Spitzenbandbreite.
Pro Token: %5 auf den GPUs gelesen</translation>
    </message>
    <message>
        <source>, %1 of routed experts from system RAM at %2 GB/s (an assumption you can change)</source>
        <translation>, %1 geroutete Experten aus dem Arbeitsspeicher mit %2 GB/s (eine Annahme, die Sie ändern können)</translation>
    </message>
    <message>
        <source>.
A prompt of %1 tokens is read at %2 tok/s; the first token follows after %3 s.</source>
        <translation>.
Ein Prompt von %1 Tokens wird mit %2 Tok/s gelesen; das erste Token folgt nach %3 s.</translation>
    </message>
    <message>
        <source>Weights from</source>
        <translation>Gewichte aus</translation>
    </message>
    <message>
        <source>Parameters x bits per weight / 8, or the size measured from a model file; every MoE expert is resident</source>
        <translation>Parameter x Bits pro Gewicht / 8 oder die aus einer Modelldatei gemessene Größe; jeder MoE-Experte ist resident</translation>
    </message>
    <message>
        <source>Whether the weights were measured from a model file or estimated</source>
        <translation>Ob die Gewichte aus einer Modelldatei gemessen oder geschätzt wurden</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>gemessen</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>geschätzt</translation>
    </message>
    <message>
        <source>
Weights measured from %1</source>
        <translation>
Gewichte gemessen aus %1</translation>
    </message>
    <message>
        <source>Decode basis</source>
        <translation>Grundlage der Dekodierung</translation>
    </message>
    <message>
        <source>Calibration runs</source>
        <translation>Kalibrierläufe</translation>
    </message>
    <message>
        <source>Calibrated: the efficiency fitted to your measured runs on this GPU type with this engine (import them with File &gt; Import or llm-atlas import --kind measurements). Bandwidth bound: the published runs&apos; efficiency, not calibrated</source>
        <translation>Kalibriert: die an Ihre gemessenen Läufe auf diesem GPU-Typ mit dieser Engine angepasste Effizienz (importieren mit Datei &gt; Importieren oder llm-atlas import --kind measurements). Bandbreitengrenze: die Effizienz der veröffentlichten Läufe, nicht kalibriert</translation>
    </message>
    <message>
        <source>Measured decode runs the calibration was fitted to</source>
        <translation>Gemessene Dekodierläufe, an die die Kalibrierung angepasst wurde</translation>
    </message>
    <message>
        <source>calibrated</source>
        <translation>kalibriert</translation>
    </message>
    <message>
        <source>bandwidth bound</source>
        <translation>Bandbreitengrenze</translation>
    </message>
    <message>
        <source>Measured memory</source>
        <translation>Gemessener Speicher</translation>
    </message>
    <message>
        <source>Measured decode tok/s</source>
        <translation>Gemessene Decode-Tok/s</translation>
    </message>
    <message>
        <source>Peak memory of your run of this model and format on this configuration, at this context, batch and KV cache type (import runs with File &gt; Import or llm-atlas import --kind measurements)</source>
        <translation>Spitzenspeicher Ihres Laufs dieses Modells und Formats auf dieser Konfiguration, bei diesem Kontext, Batch und KV-Cache-Typ (Läufe importieren mit Datei &gt; Importieren oder llm-atlas import --kind measurements)</translation>
    </message>
    <message>
        <source>Decode speed of your run of this model and format on this configuration at this batch</source>
        <translation>Decode-Geschwindigkeit Ihres Laufs dieses Modells und Formats auf dieser Konfiguration bei diesem Batch</translation>
    </message>
    <message>
        <source>No run of %1 at %2 on %3 with batch %4 has been imported.</source>
        <translation>Es wurde kein Lauf von %1 mit %2 auf %3 mit Batch %4 importiert.</translation>
    </message>
    <message>
        <source>Measured %1 with %2 tokens of context, batch %3, %4 KV cache: %5</source>
        <translation>Gemessen am %1 mit %2 Tokens Kontext, Batch %3, %4-KV-Cache: %5</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(ohne Datum)</translation>
    </message>
    <message>
        <source>
Its memory (%1) was at another context or KV cache type, so it is not compared here.</source>
        <translation>
Sein Speicher (%1) wurde bei anderem Kontext oder KV-Cache-Typ gemessen und wird hier nicht verglichen.</translation>
    </message>
    <message>
        <source>
Measured in your run: %1</source>
        <translation>
Gemessen in Ihrem Lauf: %1</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 USD</source>
        <translation>%1 USD</translation>
    </message>
    <message>
        <source>Grouped-query</source>
        <translation>Grouped-Query</translation>
    </message>
    <message>
        <source>Latent (MLA)</source>
        <translation>Latent (MLA)</translation>
    </message>
    <message>
        <source>Hybrid linear/full</source>
        <translation>Hybrid linear/voll</translation>
    </message>
    <message>
        <source>Chunked local/global</source>
        <translation>Blockweise lokal/global</translation>
    </message>
    <message>
        <source>Dense</source>
        <translation>Dicht</translation>
    </message>
    <message>
        <source>MoE %1 of %2</source>
        <translation>MoE %1 von %2</translation>
    </message>
    <message>
        <source>%1K</source>
        <comment>thousands, as in 250K tokens</comment>
        <translation>%1 Tsd.</translation>
    </message>
    <message>
        <source>%1M</source>
        <comment>millions, as in 250M tokens</comment>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>%1B</source>
        <comment>billions (10^9), as in 2.5B tokens</comment>
        <translation>%1 Mrd.</translation>
    </message>
    <message>
        <source>%1T</source>
        <comment>trillions (10^12), as in 1T tokens</comment>
        <translation>%1 Bio.</translation>
    </message>
</context>
<context>
    <name>GgufModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>general.architecture is missing, so the model&apos;s keys cannot be found</source>
        <translation>general.architecture fehlt, daher lassen sich die Schlüssel des Modells nicht finden</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>fehlend: %1</translation>
    </message>
    <message>
        <source>%1 must be whole numbers, block_count from 1 to 100000</source>
        <translation>%1 müssen ganze Zahlen sein, block_count von 1 bis 100000</translation>
    </message>
    <message>
        <source>%1 must be whole numbers (per-layer arrays of %2 entries where arrays are allowed)</source>
        <translation>%1 müssen ganze Zahlen sein (wo Arrays erlaubt sind, Arrays pro Schicht mit %2 Einträgen)</translation>
    </message>
    <message>
        <source>KV heads vary by layer (%1 to %2); kv_heads is the largest, so the KV cache estimate is an upper bound.</source>
        <translation>Die Zahl der KV-Köpfe variiert je Schicht (%1 bis %2); kv_heads ist der größte Wert, daher ist die KV-Cache-Schätzung eine Obergrenze.</translation>
    </message>
    <message>
        <source>%1 is %2, but neither the file nor llama.cpp says which layers slide; every layer is counted as full attention.</source>
        <translation>%1 ist %2, aber weder die Datei noch llama.cpp gibt an, welche Schichten ein gleitendes Fenster nutzen; jede Schicht wird als volle Attention gezählt.</translation>
    </message>
    <message>
        <source>missing %1, the rope key width MLA caches</source>
        <translation>%1 fehlt, die Breite des RoPE-Schlüssels, die MLA zwischenspeichert</translation>
    </message>
    <message>
        <source>the recurrent state size passes 64 bits</source>
        <translation>die Größe des rekurrenten Zustands überschreitet 64 Bit</translation>
    </message>
    <message>
        <source>%1 layers also use a sliding window, left out of the KV cache estimate.</source>
        <translation>%1 Schichten nutzen zudem ein gleitendes Fenster, das in der KV-Cache-Schätzung nicht berücksichtigt ist.</translation>
    </message>
    <message>
        <source>the tensors&apos; element counts add up past 64 bits</source>
        <translation>die Elementanzahlen der Tensoren überschreiten in der Summe 64 Bit</translation>
    </message>
    <message>
        <source>%1 is missing or out of range, so the active parameters are not known.</source>
        <translation>%1 fehlt oder liegt außerhalb des gültigen Bereichs, daher sind die aktiven Parameter unbekannt.</translation>
    </message>
    <message>
        <source>No routed-expert tensors (ffn_*_exps) were found, so the active parameters are not known.</source>
        <translation>Es wurden keine Tensoren gerouteter Experten (ffn_*_exps) gefunden, daher sind die aktiven Parameter unbekannt.</translation>
    </message>
</context>
<context>
    <name>GgufReader</name>
    <message>
        <source>%1: %2 (at byte %3)</source>
        <translation>%1: %2 (bei Byte %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>die Datei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 runs past %2 MiB; no real GGUF header is that large</source>
        <translation>%1 reicht über %2 MiB hinaus; kein echter GGUF-Header ist so groß</translation>
    </message>
    <message>
        <source>the header is truncated: %1 needs %2 bytes, %3 are left</source>
        <translation>der Header ist abgeschnitten: %1 braucht %2 Bytes, %3 sind übrig</translation>
    </message>
    <message>
        <source>%1 gives %2 items, which cannot fit in the %3 bytes left</source>
        <translation>%1 nennt %2 Einträge, die nicht in die verbleibenden %3 Bytes passen</translation>
    </message>
    <message>
        <source>%1 has the unknown value type %2</source>
        <translation>%1 hat den unbekannten Werttyp %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 is %2 bytes long; the limit is %3</source>
        <translation>%1 ist %2 Bytes lang; die Grenze liegt bei %3</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8</source>
        <translation>%1 ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>%1 is a bool of value %2; only 0 and 1 are valid</source>
        <translation>%1 ist ein Bool mit dem Wert %2; gültig sind nur 0 und 1</translation>
    </message>
    <message>
        <source>%1 nests arrays deeper than %2</source>
        <translation>%1 verschachtelt Arrays tiefer als %2</translation>
    </message>
    <message>
        <source>%1, string %2,</source>
        <translation>%1, Zeichenkette %2,</translation>
    </message>
    <message>
        <source>the name of tensor %1</source>
        <translation>der Name von Tensor %1</translation>
    </message>
    <message>
        <source>tensor name “%1” appears twice</source>
        <translation>der Tensorname „%1“ kommt doppelt vor</translation>
    </message>
    <message>
        <source>tensor “%1”</source>
        <translation>Tensor „%1“</translation>
    </message>
    <message>
        <source>%1 has %2 dimensions; ggml allows at most %3</source>
        <translation>%1 hat %2 Dimensionen; ggml erlaubt höchstens %3</translation>
    </message>
    <message>
        <source>%1 has a dimension of %2</source>
        <translation>%1 hat eine Dimension der Größe %2</translation>
    </message>
    <message>
        <source>%1&apos;s dimensions multiply past 64 bits</source>
        <translation>das Produkt der Dimensionen von %1 überschreitet 64 Bit</translation>
    </message>
    <message>
        <source>%1 has the unknown ggml type %2</source>
        <translation>%1 hat den unbekannten ggml-Typ %2</translation>
    </message>
    <message>
        <source>%1 of type %2 has rows of %3 elements, not a multiple of its block of %4</source>
        <translation>%1 vom Typ %2 hat Zeilen mit %3 Elementen, kein Vielfaches seiner Blockgröße %4</translation>
    </message>
    <message>
        <source>%1&apos;s size in bytes passes 64 bits</source>
        <translation>die Größe von %1 in Bytes überschreitet 64 Bit</translation>
    </message>
    <message>
        <source>%1 has the offset %2, not a multiple of the alignment %3</source>
        <translation>%1 hat den Offset %2, kein Vielfaches der Ausrichtung %3</translation>
    </message>
    <message>
        <source>the GGUF magic</source>
        <translation>die GGUF-Kennung (Magic)</translation>
    </message>
    <message>
        <source>this is not a GGUF file (it does not start with “GGUF”)</source>
        <translation>dies ist keine GGUF-Datei (sie beginnt nicht mit „GGUF“)</translation>
    </message>
    <message>
        <source>the version</source>
        <translation>die Version</translation>
    </message>
    <message>
        <source>GGUF version 1 (2023, 32-bit counts) is not supported; convert the model again</source>
        <translation>GGUF-Version 1 (2023, 32-Bit-Zähler) wird nicht unterstützt; konvertieren Sie das Modell erneut</translation>
    </message>
    <message>
        <source>big-endian GGUF files are not supported</source>
        <translation>Big-Endian-GGUF-Dateien werden nicht unterstützt</translation>
    </message>
    <message>
        <source>GGUF version %1 is not supported (2 and 3 are)</source>
        <translation>GGUF-Version %1 wird nicht unterstützt (2 und 3 schon)</translation>
    </message>
    <message>
        <source>the tensor count</source>
        <translation>die Tensoranzahl</translation>
    </message>
    <message>
        <source>the key count</source>
        <translation>die Schlüsselanzahl</translation>
    </message>
    <message>
        <source>metadata key %1</source>
        <translation>Metadatenschlüssel %1</translation>
    </message>
    <message>
        <source>metadata key “%1” appears twice</source>
        <translation>der Metadatenschlüssel „%1“ kommt doppelt vor</translation>
    </message>
    <message>
        <source>metadata key “%1”</source>
        <translation>Metadatenschlüssel „%1“</translation>
    </message>
    <message>
        <source>general.alignment must be a uint32 power of two</source>
        <translation>general.alignment muss eine Zweierpotenz vom Typ uint32 sein</translation>
    </message>
    <message>
        <source>the data of tensor “%1” (%2 bytes at offset %3) runs past the end of the file, which holds %4 bytes of tensor data: is the file complete?</source>
        <translation>die Daten von Tensor „%1“ (%2 Bytes bei Offset %3) reichen über das Ende der Datei hinaus, die %4 Bytes Tensordaten enthält: Ist die Datei vollständig?</translation>
    </message>
    <message>
        <source>the tensors&apos; sizes add up past 64 bits</source>
        <translation>die Größen der Tensoren überschreiten in der Summe 64 Bit</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: is shard %2 of %3 of a split model, but its name does not end in -00001-of-%4.gguf, so the other shards cannot be found</source>
        <translation>%1: ist Shard %2 von %3 eines aufgeteilten Modells, aber der Name endet nicht auf -00001-of-%4.gguf, daher lassen sich die anderen Shards nicht finden</translation>
    </message>
    <message>
        <source>%1: a split model cannot have 0 shards</source>
        <translation>%1: ein aufgeteiltes Modell kann nicht 0 Shards haben</translation>
    </message>
    <message>
        <source>%1: its name says %2 shards, its split.count says %3</source>
        <translation>%1: laut Name %2 Shards, laut split.count %3</translation>
    </message>
    <message>
        <source>%1: shard %2 of %3 is missing (expected %4 beside it)</source>
        <translation>%1: Shard %2 von %3 fehlt (erwartet wird %4 daneben)</translation>
    </message>
    <message>
        <source>%1: its split.no says it is shard %2, its name says %3</source>
        <translation>%1: laut split.no ist es Shard %2, laut Name %3</translation>
    </message>
    <message>
        <source>%1: split.tensors.count says %2 tensors, the shards hold %3</source>
        <translation>%1: split.tensors.count nennt %2 Tensoren, die Shards enthalten %3</translation>
    </message>
    <message>
        <source>%1: tensor “%2” appears in two shards</source>
        <translation>%1: Tensor „%2“ kommt in zwei Shards vor</translation>
    </message>
</context>
<context>
    <name>HfConfig</name>
    <message>
        <source>%1 lists %2 layers, not %3</source>
        <translation>%1 führt %2 Schichten auf, nicht %3</translation>
    </message>
    <message>
        <source>%1 has the unknown layer type “%2”</source>
        <translation>%1 enthält den unbekannten Schichttyp „%2“</translation>
    </message>
    <message>
        <source>num_experts_per_tok (%1) is more than the %2 experts</source>
        <translation>num_experts_per_tok (%1) übersteigt die %2 Experten</translation>
    </message>
    <message>
        <source>%1 names layer %2 of %3</source>
        <translation>%1 nennt Schicht %2 von %3</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: %2 bytes is too large for a config.json (at most %3)</source>
        <translation>%1: %2 Bytes sind zu groß für eine config.json (höchstens %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 bytes is too large for a config.json (at most %2)</source>
        <translation>%1 Bytes sind zu groß für eine config.json (höchstens %2)</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>model_type is missing, so the architecture is unknown</source>
        <translation>model_type fehlt, daher ist die Architektur unbekannt</translation>
    </message>
    <message>
        <source>a %1 config needs its text decoder in text_config</source>
        <translation>eine %1-Konfiguration braucht ihren Text-Decoder in text_config</translation>
    </message>
    <message>
        <source>model_type “%1” is not one LLM Atlas can read; it reads %2</source>
        <translation>model_type „%1“ kann LLM Atlas nicht lesen; es liest %2</translation>
    </message>
    <message>
        <source>%1 is %2; no model has more than %3 layers</source>
        <translation>%1 ist %2; kein Modell hat mehr als %3 Schichten</translation>
    </message>
    <message>
        <source>missing %1 (needed for %2)</source>
        <translation>fehlend: %1 (benötigt für %2)</translation>
    </message>
    <message>
        <source>%1 must be whole numbers (or true/false) of the right kind</source>
        <translation>%1 müssen ganze Zahlen (oder true/false) der richtigen Art sein</translation>
    </message>
    <message>
        <source>%1 (%2) is more than the %3 attention heads</source>
        <translation>%1 (%2) übersteigt die %3 Attention-Köpfe</translation>
    </message>
    <message>
        <source>the sizes it gives make more than 2^63 parameters</source>
        <translation>die angegebenen Größen ergeben mehr als 2^63 Parameter</translation>
    </message>
    <message>
        <source>the recurrent state it implies passes 2^63 elements</source>
        <translation>der daraus folgende rekurrente Zustand überschreitet 2^63 Elemente</translation>
    </message>
</context>
<context>
    <name>HintBar</name>
    <message>
        <source>Hint</source>
        <translation>Tipp</translation>
    </message>
    <message>
        <source>Hide this hint for good</source>
        <translation>Diesen Tipp dauerhaft ausblenden</translation>
    </message>
    <message>
        <source>Dismiss hint</source>
        <translation>Tipp schließen</translation>
    </message>
    <message>
        <source>Hides the first-launch hint; it does not come back</source>
        <translation>Blendet den Tipp zum ersten Start aus; er erscheint nicht wieder</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Nothing can be imported from this file.</source>
        <translation>Aus dieser Datei kann nichts importiert werden.</translation>
    </message>
    <message>
        <source>Nothing will be written while any row is rejected: fix those rows and import the file again.</source>
        <translation>Solange eine Zeile abgelehnt ist, wird nichts geschrieben: Korrigieren Sie diese Zeilen und importieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>The file matches the database: there is nothing to import.</source>
        <translation>Die Datei stimmt mit der Datenbank überein: Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>The import is one step: Edit &gt; Undo takes all of it back.</source>
        <translation>Der Import ist ein einziger Schritt: Bearbeiten &gt; Rückgängig nimmt ihn vollständig zurück.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>reject</source>
        <translation>ablehnen</translation>
    </message>
    <message>
        <source>add</source>
        <translation>hinzufügen</translation>
    </message>
    <message>
        <source>change</source>
        <translation>ändern</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>What changes, or why not</source>
        <translation>Was sich ändert, oder warum nicht</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>line %1: a quoted field is never closed.</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>die Datei ist leer.</translation>
    </message>
    <message>
        <source>has %1 fields; the header has %2.</source>
        <translation>hat %1 Felder; die Kopfzeile hat %2.</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <translation>sie ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>it is JSON, but not an array of rows as LLM Atlas exports them.</source>
        <translation>sie ist JSON, aber kein Array von Zeilen, wie LLM Atlas sie exportiert.</translation>
    </message>
    <message>
        <source>is not an object of column keys and values.</source>
        <translation>ist kein Objekt aus Spaltenschlüsseln und Werten.</translation>
    </message>
    <message>
        <source>“%1” holds a list or an object, not a value.</source>
        <translation>„%1“ enthält eine Liste oder ein Objekt, keinen Wert.</translation>
    </message>
    <message>
        <source>Ignored columns (not %1 facts): %2</source>
        <translation>Ignorierte Spalten (keine Angaben zu %1): %2</translation>
    </message>
    <message>
        <source>needs %1.</source>
        <translation>braucht %1.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>appears twice (first on line %1).</source>
        <translation>kommt doppelt vor (zuerst in Zeile %1).</translation>
    </message>
    <message>
        <source>Imported tier list</source>
        <translation>Importierte Tier-Liste</translation>
    </message>
    <message>
        <source>the tier list&apos;s date “%1” is not a date as 2026, 2026-03 or 2026-03-15.</source>
        <translation>das Datum der Tier-Liste „%1“ ist kein Datum wie 2026, 2026-03 oder 2026-03-15.</translation>
    </message>
    <message>
        <source>there is no model named “%1”; import it as a model first.</source>
        <translation>es gibt kein Modell namens „%1“; importieren Sie es zuerst als Modell.</translation>
    </message>
    <message>
        <source>Rank must be 1 or more.</source>
        <translation>Der Rang muss 1 oder mehr sein.</translation>
    </message>
    <message>
        <source>rank %1 is also on line %2.</source>
        <translation>Rang %1 steht auch in Zeile %2.</translation>
    </message>
    <message>
        <source>it has no rows with a tier.</source>
        <translation>sie hat keine Zeilen mit einem Tier.</translation>
    </message>
    <message>
        <source>The same as the latest tier list (%1, %2): nothing to import.</source>
        <translation>Identisch mit der neuesten Tier-Liste (%1, %2): nichts zu importieren.</translation>
    </message>
    <message>
        <source>there is already a tier list “%1” of %2; give the new snapshot another date or name.</source>
        <translation>es gibt bereits eine Tier-Liste „%1“ vom %2; geben Sie dem neuen Stand ein anderes Datum oder einen anderen Namen.</translation>
    </message>
    <message>
        <source>A new tier-list snapshot “%1” of %2.</source>
        <translation>Ein neuer Tier-Listen-Stand „%1“ vom %2.</translation>
    </message>
    <message>
        <source>Not in the new list: %1 (%2)</source>
        <translation>Nicht in der neuen Liste: %1 (%2)</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; files over %3 MB are not imported (is it the right file?).</source>
        <translation>„%1“ ist %2 MB groß; Dateien über %3 MB werden nicht importiert (ist es die richtige Datei?).</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the file is over %1 MB.</source>
        <translation>die Datei ist größer als %1 MB.</translation>
    </message>
    <message>
        <source>it is a binary file, not CSV or JSON text.</source>
        <translation>sie ist eine Binärdatei, kein CSV- oder JSON-Text.</translation>
    </message>
    <message>
        <source>it is not UTF-8 text. Save it as UTF-8 (in a spreadsheet: CSV UTF-8) and import it again.</source>
        <translation>sie ist kein UTF-8-Text. Speichern Sie sie als UTF-8 (in einer Tabellenkalkulation: CSV UTF-8) und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>only CSV and JSON files can be imported.</source>
        <translation>nur CSV- und JSON-Dateien können importiert werden.</translation>
    </message>
    <message>
        <source>it has no “%1” column, so it is not a table of %2 (its columns: %3).</source>
        <translation>sie hat keine Spalte „%1“, ist also keine Tabelle von %2 (ihre Spalten: %3).</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>eine Datei</translation>
    </message>
    <message>
        <source>imported into LLM Atlas</source>
        <translation>in LLM Atlas importiert</translation>
    </message>
    <message>
        <source>Tier list imported from %1</source>
        <translation>Tier-Liste importiert aus %1</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <source>%1 as %2: %3 to add, %4 to change, %5 rejected, %6 unchanged.</source>
        <translation>%1 als %2: %3 hinzuzufügen, %4 zu ändern, %5 abgelehnt, %6 unverändert.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>add</source>
        <translation>hinzu</translation>
    </message>
    <message>
        <source>change</source>
        <translation>ändern</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Nothing will be written: fix the rejected rows and import the file again.</source>
        <translation>Es wird nichts geschrieben: Korrigieren Sie die abgelehnten Zeilen und importieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>the import was cancelled.</source>
        <translation>der Import wurde abgebrochen.</translation>
    </message>
    <message>
        <source>“%1” holds a NUL character.</source>
        <translation>„%1“ enthält ein NUL-Zeichen.</translation>
    </message>
    <message>
        <source>LiteLLM&apos;s price map: %1 chat models, prices per token written per million tokens and dated %2 (the map carries no dates); %3 entries that are not chat models or have no prices and %4 second keys of one model left out.</source>
        <translation>Preisliste von LiteLLM: %1 Chat-Modelle, Preise pro Token als Preise pro Million Token geschrieben und auf %2 datiert (die Liste nennt keine Daten); %3 Einträge, die keine Chat-Modelle sind oder keine Preise haben, und %4 zweite Schlüssel desselben Modells ausgelassen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LLM Atlas</source>
        <translation>LLM Atlas</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <source>&amp;VRAM fit</source>
        <translation>&amp;VRAM-Passung</translation>
    </message>
    <message>
        <source>&amp;Article tables</source>
        <translation>&amp;Artikeltabellen</translation>
    </message>
    <message>
        <source>&amp;Data audit</source>
        <translation>Datenprü&amp;fung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Try this:&lt;/b&gt; type in the filter (Ctrl+F) to find a model, pick a tier, then open &lt;b&gt;VRAM fit&lt;/b&gt; (Alt+V) to see which models fit your GPUs. Help &amp;gt; Keyboard Shortcuts lists every key.</source>
        <translation>&lt;b&gt;Probieren Sie:&lt;/b&gt; Tippen Sie in den Filter (Strg+F), um ein Modell zu finden, wählen Sie ein Tier und öffnen Sie dann &lt;b&gt;VRAM-Passung&lt;/b&gt; (Alt+V), um zu sehen, welche Modelle auf Ihre GPUs passen. Hilfe &amp;gt; Tastenkürzel listet alle Tasten auf.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Self-hosting vs API&lt;/b&gt;, as the article prints it. Its figures are quoted, not computed: the data audit checks them.</source>
        <translation>&lt;b&gt;Selbst hosten vs. API&lt;/b&gt;, wie der Artikel es abdruckt. Die Zahlen sind zitiert, nicht berechnet: die Datenprüfung kontrolliert sie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommendations&lt;/b&gt;, as the article makes them</source>
        <translation>&lt;b&gt;Empfehlungen&lt;/b&gt;, wie der Artikel sie gibt</translation>
    </message>
    <message>
        <source>Where the data contradicts itself or physics: every figure the article quotes, checked against first principles (weights = parameters x bits / 8, every MoE expert resident). Quotes within %1% count as consistent.</source>
        <translation>Wo die Daten sich selbst oder der Physik widersprechen: jede zitierte Zahl des Artikels, geprüft anhand von Grundprinzipien (Gewichte = Parameter × Bits / 8, jeder MoE-Experte resident). Zitate innerhalb von %1 % gelten als stimmig.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open another LLM Atlas database</source>
        <translation>Eine andere LLM-Atlas-Datenbank öffnen</translation>
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
        <source>&amp;Find Model</source>
        <translation>Modell &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About LLM Atlas</source>
        <translation>Über &amp;LLM Atlas</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>The open LLM Atlas database</source>
        <translation>Die geöffnete LLM-Atlas-Datenbank</translation>
    </message>
    <message>
        <source>%1 of %2 models shown</source>
        <translation>%1 von %2 Modellen angezeigt</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Switch with Ctrl+Tab or Alt and the underlined letter</source>
        <translation>Wechseln mit Strg+Tab oder Alt und dem unterstrichenen Buchstaben</translation>
    </message>
    <message>
        <source>Self-hosting vs API, as quoted</source>
        <translation>Selbst hosten vs. API, wie zitiert</translation>
    </message>
    <message>
        <source>The article&apos;s cost table, quoted verbatim</source>
        <translation>Die Kostentabelle des Artikels, wörtlich zitiert</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>The article&apos;s recommended model per use case</source>
        <translation>Das vom Artikel empfohlene Modell je Anwendungsfall</translation>
    </message>
    <message>
        <source>Data audit findings</source>
        <translation>Befunde der Datenprüfung</translation>
    </message>
    <message>
        <source>Each quoted figure checked against first principles, with its verdict</source>
        <translation>Jede zitierte Zahl, anhand von Grundprinzipien geprüft, mit ihrem Urteil</translation>
    </message>
    <message>
        <source>Main views</source>
        <translation>Hauptansichten</translation>
    </message>
    <message>
        <source>Save GPU &amp;Configuration…</source>
        <translation>GPU-&amp;Konfiguration speichern…</translation>
    </message>
    <message>
        <source>Keep the VRAM fit tab&apos;s GPU type and count under a name of your own</source>
        <translation>GPU-Typ und -Anzahl des Reiters VRAM-Passung unter einem eigenen Namen speichern</translation>
    </message>
    <message>
        <source>Save GPU Configuration</source>
        <translation>GPU-Konfiguration speichern</translation>
    </message>
    <message>
        <source>Name for %1:</source>
        <translation>Name für %1:</translation>
    </message>
    <message>
        <source>Cannot save the GPU configuration</source>
        <translation>Die GPU-Konfiguration kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>&amp;Cost</source>
        <translation>&amp;Kosten</translation>
    </message>
    <message>
        <source>Tier &amp;overview</source>
        <translation>&amp;Tier-Übersicht</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source>&amp;GPUs and prices</source>
        <translation>&amp;GPUs und Preise</translation>
    </message>
    <message>
        <source>&amp;Delete Model…</source>
        <translation>Modell &amp;löschen…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>This also removes %1.</source>
        <translation>Dabei werden auch %1 entfernt.</translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings all of it back.</source>
        <translation>Bearbeiten &gt; Rückgängig stellt alles wieder her.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message>
        <source>Edit Details…</source>
        <translation>Details bearbeiten…</translation>
    </message>
    <message>
        <source>Edit every fact of this model in a form that checks each one (Ctrl+Return in the table)</source>
        <translation>Alle Angaben dieses Modells in einem Formular bearbeiten, das jede prüft (Strg+Eingabe in der Tabelle)</translation>
    </message>
    <message>
        <source>Add Model…</source>
        <translation>Modell hinzufügen…</translation>
    </message>
    <message>
        <source>Add a model of your own, with its architecture facts (Insert in the table)</source>
        <translation>Ein eigenes Modell mit seinen Architekturangaben hinzufügen (Einfg in der Tabelle)</translation>
    </message>
    <message>
        <source> (edited)</source>
        <translation> (bearbeitet)</translation>
    </message>
    <message numerus="yes">
        <source>One model in %n quantization format(s)</source>
        <translation>
            <numerusform>Ein Modell in %n Quantisierungsformat</numerusform>
            <numerusform>Ein Modell in %n Quantisierungsformaten</numerusform>
        </translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Messungen</translation>
    </message>
    <message numerus="yes">
        <source>%n measured run(s)</source>
        <translation>
            <numerusform>%n gemessener Lauf</numerusform>
            <numerusform>%n gemessene Läufe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeasurementChart</name>
    <message>
        <source>y = x</source>
        <translation>y = x</translation>
    </message>
    <message>
        <source>Decode speed</source>
        <translation>Dekodiergeschwindigkeit</translation>
    </message>
    <message>
        <source>Measured tok/s</source>
        <translation>Gemessen Tok./s</translation>
    </message>
    <message>
        <source>Estimated tok/s</source>
        <translation>Geschätzt Tok./s</translation>
    </message>
    <message>
        <source>Prefill speed</source>
        <translation>Prefill-Geschwindigkeit</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Spitzenspeicher</translation>
    </message>
    <message>
        <source>Measured %1</source>
        <translation>Gemessen %1</translation>
    </message>
    <message>
        <source>Estimated %1</source>
        <translation>Geschätzt %1</translation>
    </message>
</context>
<context>
    <name>MeasurementTableModel</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Decode measured</source>
        <translation>Dekodierung gemessen</translation>
    </message>
    <message>
        <source>Decode estimated</source>
        <translation>Dekodierung geschätzt</translation>
    </message>
    <message>
        <source>Decode error</source>
        <translation>Dekodierung Fehler</translation>
    </message>
    <message>
        <source>Prefill measured</source>
        <translation>Prefill gemessen</translation>
    </message>
    <message>
        <source>Prefill estimated</source>
        <translation>Prefill geschätzt</translation>
    </message>
    <message>
        <source>Prefill error</source>
        <translation>Prefill Fehler</translation>
    </message>
    <message>
        <source>Memory measured</source>
        <translation>Speicher gemessen</translation>
    </message>
    <message>
        <source>Memory estimated</source>
        <translation>Speicher geschätzt</translation>
    </message>
    <message>
        <source>Memory error</source>
        <translation>Speicher Fehler</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Tokens per second of one sequence while generating</source>
        <translation>Tokens pro Sekunde einer Sequenz beim Generieren</translation>
    </message>
    <message>
        <source>Tokens per second while reading the prompt</source>
        <translation>Tokens pro Sekunde beim Lesen des Prompts</translation>
    </message>
    <message>
        <source>Peak GPU memory over all the run&apos;s GPUs</source>
        <translation>Spitzen-GPU-Speicher über alle GPUs des Laufs</translation>
    </message>
    <message>
        <source>(estimated - measured) / measured x 100: positive where the estimate promised more than the run gave. The estimate uses the published efficiencies, not your calibration</source>
        <translation>(geschätzt - gemessen) / gemessen x 100: positiv, wo die Schätzung mehr versprach, als der Lauf lieferte. Die Schätzung nutzt die veröffentlichten Effizienzen, nicht Ihre Kalibrierung</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>+%1 %</source>
        <translation>+%1 %</translation>
    </message>
    <message>
        <source>−%1 %</source>
        <translation>−%1 %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 at %2 on %3x %4, %5 tokens of context, batch %6, %7</source>
        <translation>%1 mit %2 auf %3x %4, %5 Tokens Kontext, Batch %6, %7</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
    <message>
        <source>Measured on %1</source>
        <translation>Gemessen am %1</translation>
    </message>
</context>
<context>
    <name>Measurements</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>the file ends inside a quoted field (truncated?)</source>
        <translation>die Datei endet in einem Feld in Anführungszeichen (abgeschnitten?)</translation>
    </message>
    <message>
        <source>no “%1”: not a llama-bench row</source>
        <translation>kein „%1“: keine llama-bench-Zeile</translation>
    </message>
    <message>
        <source>a number field holds something else</source>
        <translation>ein Zahlenfeld enthält etwas anderes</translation>
    </message>
    <message>
        <source>neither a prompt nor generated tokens</source>
        <translation>weder ein Prompt noch erzeugte Tokens</translation>
    </message>
    <message>
        <source>no “%1”</source>
        <translation>kein „%1“</translation>
    </message>
    <message>
        <source>nothing measured</source>
        <translation>nichts gemessen</translation>
    </message>
    <message>
        <source>context, batch or GPU count out of range</source>
        <translation>Kontext, Batch oder GPU-Anzahl außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>unknown engine “%1”</source>
        <translation>unbekannte Engine „%1“</translation>
    </message>
    <message>
        <source>not a vLLM result: it needs model_id, completed and median_tpot_ms</source>
        <translation>kein vLLM-Ergebnis: es braucht model_id, completed und median_tpot_ms</translation>
    </message>
    <message>
        <source>entry %1: not an object</source>
        <translation>Eintrag %1: kein Objekt</translation>
    </message>
    <message>
        <source>entry %1: a different kind of row from the first; mixed files are refused</source>
        <translation>Eintrag %1: eine andere Art Zeile als die erste; gemischte Dateien werden abgelehnt</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>llama-bench rows inside an LLM Atlas file; mixed files are refused</source>
        <translation>llama-bench-Zeilen in einer LLM-Atlas-Datei; gemischte Dateien werden abgelehnt</translation>
    </message>
    <message>
        <source>broken JSON (%1); truncated?</source>
        <translation>fehlerhaftes JSON (%1); abgeschnitten?</translation>
    </message>
    <message>
        <source>not a JSON object (%1); truncated?</source>
        <translation>kein JSON-Objekt (%1); abgeschnitten?</translation>
    </message>
    <message>
        <source>not a known measurements file: no llama-bench or LLM Atlas header</source>
        <translation>keine bekannte Messdatei: kein Kopf von llama-bench oder LLM Atlas</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2; truncated or mixed?</source>
        <translation>%1 Felder, wo der Kopf %2 hat; abgeschnitten oder gemischt?</translation>
    </message>
    <message>
        <source>no model of %1 parameters (within 1 %)</source>
        <translation>kein Modell mit %1 Parametern (auf 1 % genau)</translation>
    </message>
    <message>
        <source>%1 parameters fit several models (%2) and the file name “%3” names none of them</source>
        <translation>%1 Parameter passen zu mehreren Modellen (%2), und der Dateiname „%3“ nennt keines davon</translation>
    </message>
    <message>
        <source>no single model for “%1”</source>
        <translation>kein eindeutiges Modell für „%1“</translation>
    </message>
    <message>
        <source>%1: %2 run(s) read.</source>
        <translation>%1: %2 Läufe gelesen.</translation>
    </message>
    <message>
        <source>Unmatched: %1</source>
        <translation>Nicht zugeordnet: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>the file holds no runs</source>
        <translation>die Datei enthält keine Läufe</translation>
    </message>
    <message>
        <source>the file does not name its GPU: give --gpu</source>
        <translation>die Datei nennt ihre GPU nicht: --gpu angeben</translation>
    </message>
    <message>
        <source>no GPU (run on the CPU?); give --gpu</source>
        <translation>keine GPU (auf der CPU gelaufen?); --gpu angeben</translation>
    </message>
    <message>
        <source>no single dataset GPU for “%1”</source>
        <translation>keine eindeutige GPU der Daten für „%1“</translation>
    </message>
    <message>
        <source>no weight format in “%1”</source>
        <translation>kein Gewichtsformat in „%1“</translation>
    </message>
    <message>
        <source>the weight format %1 is not in the dataset</source>
        <translation>das Gewichtsformat %1 ist nicht in den Daten</translation>
    </message>
    <message>
        <source>%1 of %2 tok/s</source>
        <translation>%1 von %2 Tok./s</translation>
    </message>
    <message>
        <source>%1 of %2 tok/s is beyond 10x the bound of %3 tok/s</source>
        <translation>%1 von %2 Tok./s liegt über dem Zehnfachen der Grenze von %3 Tok./s</translation>
    </message>
    <message>
        <source>decode</source>
        <translation>Dekodierung</translation>
    </message>
    <message>
        <source>prefill</source>
        <translation>Prefill</translation>
    </message>
    <message>
        <source>memory of %1 bytes</source>
        <translation>Speicher von %1 Bytes</translation>
    </message>
    <message>
        <source>time to first token of %1 ms</source>
        <translation>Zeit bis zum ersten Token von %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>calibrated from %n run(s) on %1</source>
        <translation>
            <numerusform>kalibriert aus %n Lauf auf %1</numerusform>
            <numerusform>kalibriert aus %n Läufen auf %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeasurementsView</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No measured runs yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Import your own benchmark results with &lt;b&gt;File &amp;gt; Import…&lt;/b&gt;: llama-bench output (&lt;tt&gt;-o json&lt;/tt&gt;, &lt;tt&gt;jsonl&lt;/tt&gt; or &lt;tt&gt;csv&lt;/tt&gt;), a &lt;tt&gt;vllm bench serve --save-result&lt;/tt&gt; file, or an LLM Atlas measurements CSV or JSON. On the command line:&lt;br&gt;&lt;tt&gt;llm-atlas import FILE --kind measurements&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Each run is shown beside its estimate with the error, and calibrates the speed estimates for its GPU type.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch keine gemessenen Läufe.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Importieren Sie Ihre eigenen Benchmark-Ergebnisse mit &lt;b&gt;Datei &amp;gt; Importieren…&lt;/b&gt;: Ausgabe von llama-bench (&lt;tt&gt;-o json&lt;/tt&gt;, &lt;tt&gt;jsonl&lt;/tt&gt; oder &lt;tt&gt;csv&lt;/tt&gt;), eine Datei von &lt;tt&gt;vllm bench serve --save-result&lt;/tt&gt; oder eine LLM-Atlas-Messdatei als CSV oder JSON. Auf der Kommandozeile:&lt;br&gt;&lt;tt&gt;llm-atlas import FILE --kind measurements&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Jeder Lauf erscheint neben seiner Schätzung mit dem Fehler und kalibriert die Geschwindigkeitsschätzungen für seinen GPU-Typ.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Quantity charted</source>
        <translation>Dargestellte Größe</translation>
    </message>
    <message>
        <source>Decode speed</source>
        <translation>Dekodiergeschwindigkeit</translation>
    </message>
    <message>
        <source>Prefill speed</source>
        <translation>Prefill-Geschwindigkeit</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Spitzenspeicher</translation>
    </message>
    <message>
        <source>Measured runs</source>
        <translation>Gemessene Läufe</translation>
    </message>
    <message>
        <source>Estimated against measured</source>
        <translation>Geschätzt gegen gemessen</translation>
    </message>
    <message>
        <source>Each run as a point at its measured and its estimated figure, one colour per GPU type; the line is where they agree, and points above it were overestimated. The table lists the same runs.</source>
        <translation>Jeder Lauf als Punkt bei seinem gemessenen und geschätzten Wert, eine Farbe je GPU-Typ; auf der Linie stimmen sie überein, Punkte darüber wurden überschätzt. Die Tabelle listet dieselben Läufe.</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Runs: %1. None has a figure the estimates give.</source>
        <translation>Läufe: %1. Keiner hat einen Wert, den die Schätzungen liefern.</translation>
    </message>
    <message>
        <source>Runs: %1. Median absolute error %2 %; %3 of %4 estimates within 20 %.</source>
        <translation>Läufe: %1. Median des absoluten Fehlers %2 %; %3 von %4 Schätzungen innerhalb von 20 %.</translation>
    </message>
</context>
<context>
    <name>MemoryEstimator</name>
    <message>
        <source>Fits with room</source>
        <translation>Passt mit Reserve</translation>
    </message>
    <message>
        <source>Tight fit</source>
        <translation>Knapp</translation>
    </message>
    <message>
        <source>Needs expert offload</source>
        <translation>Braucht Experten-Auslagerung</translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation>Passt nicht</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge %1</source>
        <translation>%1 zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>Zusa&amp;mmenführen</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n record(s) this file lacks. Conflicts (same record, different facts): %2; the same in both: %3. Tick what to bring in: for a conflict, ticked takes their facts, unticked keeps yours.</source>
        <translation>
            <numerusform>%1 hat %n Datensatz, der dieser Datei fehlt. Konflikte (derselbe Datensatz, andere Angaben): %2; in beiden gleich: %3. Haken Sie an, was übernommen werden soll: Bei einem Konflikt übernimmt ein Haken die fremden Angaben, ohne Haken bleiben Ihre.</numerusform>
            <numerusform>%1 hat %n Datensätze, die dieser Datei fehlen. Konflikte (derselbe Datensatz, andere Angaben): %2; in beiden gleich: %3. Haken Sie an, was übernommen werden soll: Bei einem Konflikt übernimmt ein Haken die fremden Angaben, ohne Haken bleiben Ihre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergePlanModel</name>
    <message>
        <source>Conflicts: same record, different facts (%1)</source>
        <translation>Konflikte: derselbe Datensatz, andere Angaben (%1)</translation>
    </message>
    <message>
        <source>Only in %1 (%2)</source>
        <translation>Nur in %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>take theirs (%n field(s))</source>
        <translation>
            <numerusform>fremde übernehmen (%n Feld)</numerusform>
            <numerusform>fremde übernehmen (%n Felder)</numerusform>
        </translation>
    </message>
    <message>
        <source>add</source>
        <translation>hinzufügen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Angaben</translation>
    </message>
</context>
<context>
    <name>Merger</name>
    <message>
        <source>%1: %2 here, %3 there</source>
        <translation>%1: hier %2, dort %3</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Merged from %1</source>
        <translation>Zusammengeführt aus %1</translation>
    </message>
    <message>
        <source>another LLM Atlas database</source>
        <translation>eine andere LLM-Atlas-Datenbank</translation>
    </message>
</context>
<context>
    <name>ModelDetailsPanel</name>
    <message>
        <source>unknown source</source>
        <translation>unbekannte Quelle</translation>
    </message>
    <message>
        <source>%1 — %2 (as of %3)</source>
        <translation>%1 — %2 (Stand %3)</translation>
    </message>
    <message>
        <source>Model details</source>
        <translation>Modelldetails</translation>
    </message>
    <message>
        <source>Select a model in the table to see its architecture, the article&apos;s figures for it and where each fact comes from.</source>
        <translation>Wählen Sie ein Modell in der Tabelle, um seine Architektur, die Zahlen des Artikels dazu und die Herkunft jeder Angabe zu sehen.</translation>
    </message>
    <message>
        <source>%1-Tier, #%2</source>
        <translation>%1-Tier, Nr. %2</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Facts from</source>
        <translation>Fakten aus</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>%1 total (%2 exactly)</source>
        <translation>%1 insgesamt (genau %2)</translation>
    </message>
    <message>
        <source>Active per token</source>
        <translation>Aktiv pro Token</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Experten</translation>
    </message>
    <message>
        <source>%1 routed, %2 per token, %3 shared</source>
        <translation>%1 geroutet, %2 pro Token, %3 gemeinsam</translation>
    </message>
    <message>
        <source>Dense: every parameter is used for every token</source>
        <translation>Dicht: jeder Parameter wird für jedes Token genutzt</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation>Hidden Size</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>%1; %2 heads, %3 KV heads of dimension %4</source>
        <translation>%1; %2 Köpfe, %3 KV-Köpfe der Dimension %4</translation>
    </message>
    <message>
        <source>Latent cache</source>
        <translation>Latent-Cache</translation>
    </message>
    <message>
        <source>latent rank %1 + rope key %2 per token and layer</source>
        <translation>Latent-Rang %1 + RoPE-Schlüssel %2 pro Token und Schicht</translation>
    </message>
    <message>
        <source>Full-attention layers</source>
        <translation>Schichten mit voller Attention</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Local attention window</source>
        <translation>Lokales Attention-Fenster</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source> (the article says: active parameters)</source>
        <translation> (laut Artikel: aktive Parameter)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>VRAM at FP16</source>
        <translation>VRAM bei FP16</translation>
    </message>
    <message>
        <source>VRAM at Q4</source>
        <translation>VRAM bei Q4</translation>
    </message>
    <message>
        <source>Minimum GPU</source>
        <translation>Mindest-GPU</translation>
    </message>
    <message>
        <source>Quoted from: %1</source>
        <translation>Zitiert aus: %1</translation>
    </message>
    <message>
        <source>Hardware figures as the article quotes them</source>
        <translation>Hardware-Angaben, wie der Artikel sie zitiert</translation>
    </message>
    <message>
        <source>Recommended as</source>
        <translation>Empfohlen als</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>~%1 GB%2 — computed: %3 of weights</source>
        <translation>~%1 GB%2 — berechnet: %3 an Gewichten</translation>
    </message>
    <message>
        <source>The data audit tab says which quotes disagree with the computed figures, and why.</source>
        <translation>Der Reiter Datenprüfung zeigt, welche Zitate von den berechneten Zahlen abweichen und warum.</translation>
    </message>
    <message>
        <source>%1 in %2 (%3)</source>
        <translation>%1 in %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2 bytes) — %3</source>
        <translation>%1 (%2 Bytes) — %3</translation>
    </message>
    <message>
        <source>Measured sizes</source>
        <translation>Gemessene Größen</translation>
    </message>
</context>
<context>
    <name>ModelFileComparisonModel</name>
    <message>
        <source>%1 (%2 bytes), %3</source>
        <translation>%1 (%2 Bytes), %3</translation>
    </message>
    <message>
        <source>Weights at %1</source>
        <translation>Gewichte bei %1</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>From the file</source>
        <translation>Aus der Datei</translation>
    </message>
    <message>
        <source>In the database now</source>
        <translation>Jetzt in der Datenbank</translation>
    </message>
</context>
<context>
    <name>ModelFileImport</name>
    <message>
        <source>The file gives no release date: %1, the file&apos;s month, stands in, and the model is marked uncertain.</source>
        <translation>Die Datei nennt kein Erscheinungsdatum: %1, der Monat der Datei, steht dafür, und das Modell ist als unsicher markiert.</translation>
    </message>
    <message>
        <source>%1: the file does not name the vendor of “%2”, and no model of that name is known; name the vendor.</source>
        <translation>%1: Die Datei nennt den Hersteller von „%2“ nicht, und kein Modell dieses Namens ist bekannt; nennen Sie den Hersteller.</translation>
    </message>
    <message>
        <source>%1: “%2” cannot be imported: %3</source>
        <translation>%1: „%2“ kann nicht importiert werden: %3</translation>
    </message>
    <message>
        <source>%1 is none of the database&apos;s weight formats: the measured size is kept, and is used once a format of that name is added.</source>
        <translation>%1 ist keines der Gewichtsformate der Datenbank: Die gemessene Größe wird gespeichert und verwendet, sobald ein Format dieses Namens hinzukommt.</translation>
    </message>
    <message>
        <source>%1 holds no weights (config.json alone), so no size was measured.</source>
        <translation>%1 enthält keine Gewichte (nur config.json), daher wurde keine Größe gemessen.</translation>
    </message>
    <message>
        <source>%1 bytes in %2</source>
        <translation>%1 Bytes in %2</translation>
    </message>
    <message>
        <source>%1: adds the model “%2” (%3).</source>
        <translation>%1: fügt das Modell „%2“ (%3) hinzu.</translation>
    </message>
    <message>
        <source>%1: changes “%2”: %3.</source>
        <translation>%1: ändert „%2“: %3.</translation>
    </message>
    <message>
        <source>%1: “%2” already has these facts.</source>
        <translation>%1: „%2“ hat diese Angaben bereits.</translation>
    </message>
    <message>
        <source>%1 bytes (%2)</source>
        <translation>%1 Bytes (%2)</translation>
    </message>
    <message>
        <source>Measured weights at %1: %2.</source>
        <translation>Gemessene Gewichte bei %1: %2.</translation>
    </message>
    <message>
        <source>Measured weights at %1: %2, replacing %3 bytes from %4.</source>
        <translation>Gemessene Gewichte bei %1: %2, ersetzen %3 Bytes aus %4.</translation>
    </message>
    <message>
        <source>Measured weights at %1 unchanged: %2.</source>
        <translation>Gemessene Gewichte bei %1 unverändert: %2.</translation>
    </message>
</context>
<context>
    <name>ModelFileInspector</name>
    <message>
        <source>%1: shard %2 is missing</source>
        <translation>%1: Shard %2 fehlt</translation>
    </message>
    <message>
        <source>%1: holds %2 .safetensors files but no %3 saying which make the model (%4)</source>
        <translation>%1: enthält %2 .safetensors-Dateien, aber keine %3, die angibt, welche davon das Modell bilden (%4)</translation>
    </message>
    <message>
        <source>The weights are packed (%1), so parameters are computed from config.json rather than counted.</source>
        <translation>Die Gewichte sind gepackt (%1), daher werden die Parameter aus config.json berechnet statt gezählt.</translation>
    </message>
    <message>
        <source>No routed-expert tensors were recognised by name; the active parameters use the experts&apos; size from config.json.</source>
        <translation>Es wurden keine Tensoren gerouteter Experten am Namen erkannt; für die aktiven Parameter wird die Expertengröße aus config.json verwendet.</translation>
    </message>
    <message>
        <source>The parameter count includes the vision encoder&apos;s tensors.</source>
        <translation>Die Parameterzahl enthält die Tensoren des Vision-Encoders.</translation>
    </message>
    <message>
        <source>config.json leaves these to transformers&apos; defaults for %1: %2.</source>
        <translation>config.json überlässt diese Werte den Standardwerten von transformers für %1: %2.</translation>
    </message>
    <message>
        <source>%1: holds no %2; a model folder needs one (or give a .gguf or .safetensors file)</source>
        <translation>%1: enthält keine %2; ein Modellordner braucht eine (oder geben Sie eine .gguf- oder .safetensors-Datei an)</translation>
    </message>
    <message>
        <source>No config.json beside the file: only the parameters and weights are known, not the architecture.</source>
        <translation>Keine config.json neben der Datei: Bekannt sind nur die Parameter und Gewichte, nicht die Architektur.</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner existiert nicht</translation>
    </message>
    <message>
        <source>%1: not a .gguf or .safetensors file, a config.json or a model folder</source>
        <translation>%1: keine .gguf- oder .safetensors-Datei, keine config.json und kein Modellordner</translation>
    </message>
    <message>
        <source>read from file</source>
        <translation>aus Datei gelesen</translation>
    </message>
</context>
<context>
    <name>ModelFilePreviewDialog</name>
    <message>
        <source>Update %1 from %2</source>
        <translation>%1 aus %2 aktualisieren</translation>
    </message>
    <message>
        <source>Add %1 from %2</source>
        <translation>%1 aus %2 hinzufügen</translation>
    </message>
    <message>
        <source>The database already holds all of this: there is nothing to add.</source>
        <translation>Die Datenbank enthält all das bereits: Es gibt nichts hinzuzufügen.</translation>
    </message>
    <message>
        <source>One step: Edit &gt; Undo takes all of it back.</source>
        <translation>Ein Schritt: Bearbeiten &gt; Rückgängig nimmt alles zurück.</translation>
    </message>
    <message>
        <source>&amp;Update Model</source>
        <translation>Modell &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Add Model</source>
        <translation>Modell &amp;hinzufügen</translation>
    </message>
</context>
<context>
    <name>NameMatcher</name>
    <message>
        <source>no %1 name given.</source>
        <translation>kein %1-Name angegeben.</translation>
    </message>
    <message>
        <source>“%1” matches several %2s: %3.</source>
        <translation>„%1“ passt auf mehrere %2: %3.</translation>
    </message>
    <message>
        <source>no %1 is called “%2”. Did you mean: %3?</source>
        <translation>kein %1 heißt „%2“. Meinten Sie: %3?</translation>
    </message>
    <message>
        <source>no %1 is called “%2”. Known %1s: %3.</source>
        <translation>kein %1 heißt „%2“. Bekannt: %3.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>GB (10⁹ bytes, as GPU vendors print)</source>
        <translation>GB (10⁹ Bytes, wie GPU-Hersteller angeben)</translation>
    </message>
    <message>
        <source>GiB (2³⁰ bytes, as operating systems count)</source>
        <translation>GiB (2³⁰ Bytes, wie Betriebssysteme zählen)</translation>
    </message>
    <message>
        <source>Memory unit</source>
        <translation>Speichereinheit</translation>
    </message>
    <message>
        <source>The unit of every memory figure in tables and details</source>
        <translation>Die Einheit aller Speicherangaben in Tabellen und Details</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <source>Default context length</source>
        <translation>Standard-Kontextlänge</translation>
    </message>
    <message>
        <source>The context length the VRAM fit tab starts with</source>
        <translation>Die Kontextlänge, mit der der Reiter VRAM-Passung startet</translation>
    </message>
    <message>
        <source>Symbol: %1</source>
        <translation>Symbol: %1</translation>
    </message>
    <message>
        <source>ISO code: %1</source>
        <translation>ISO-Code: %1</translation>
    </message>
    <message>
        <source>Currency display</source>
        <translation>Währungsanzeige</translation>
    </message>
    <message>
        <source>How US dollar amounts are written</source>
        <translation>Wie US-Dollar-Beträge geschrieben werden</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>Stale data age</source>
        <translation>Alter veralteter Daten</translation>
    </message>
    <message>
        <source>Facts older than this are marked as stale</source>
        <translation>Ältere Angaben werden als veraltet markiert</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The language of the interface; takes effect after a restart</source>
        <translation>Die Sprache der Oberfläche; wirkt nach einem Neustart</translation>
    </message>
    <message>
        <source>Memory &amp;unit:</source>
        <translation>Speicher&amp;einheit:</translation>
    </message>
    <message>
        <source>Default &amp;context length:</source>
        <translation>Standard-&amp;Kontextlänge:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Data is &amp;stale after:</source>
        <translation>Daten &amp;veralten nach:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language takes effect when LLM Atlas is restarted.</source>
        <translation>Eine neue Sprache wird wirksam, wenn LLM Atlas neu gestartet wird.</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message numerus="yes">
        <source>Grey: a price older than %n month(s) (its as-of date); check it is still true. Italic: edited by you.</source>
        <translation>
            <numerusform>Grau: ein Preis, älter als %n Monat (sein Stand-Datum); prüfen Sie, ob er noch stimmt. Kursiv: von Ihnen bearbeitet.</numerusform>
            <numerusform>Grau: ein Preis, älter als %n Monate (sein Stand-Datum); prüfen Sie, ob er noch stimmt. Kursiv: von Ihnen bearbeitet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1 — %2</source>
        <translation>Quelle: %1 — %2</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation>Bearbeitet %1</translation>
    </message>
    <message>
        <source>Other facts of this row edited %1</source>
        <translation>Andere Angaben dieser Zeile bearbeitet %1</translation>
    </message>
    <message numerus="yes">
        <source>Older than %n month(s): check it is still true.</source>
        <translation>
            <numerusform>Älter als %n Monat: Prüfen Sie, ob es noch stimmt.</numerusform>
            <numerusform>Älter als %n Monate: Prüfen Sie, ob es noch stimmt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>QuotedCostAuditModel</name>
    <message>
        <source>Article&apos;s scenario</source>
        <translation>Szenario des Artikels</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>not feasible</source>
        <translation>nicht machbar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>Zitiert</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Quoted/M</source>
        <translation>Zitiert/Mio.</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>Berechnet</translation>
    </message>
    <message>
        <source>Computed/M</source>
        <translation>Berechnet/Mio.</translation>
    </message>
    <message>
        <source>The scenario as the article&apos;s cost table names it</source>
        <translation>Das Szenario, wie die Kostentabelle des Artikels es nennt</translation>
    </message>
    <message>
        <source>The article&apos;s monthly cost, as printed</source>
        <translation>Die monatlichen Kosten laut Artikel, wie abgedruckt</translation>
    </message>
    <message>
        <source>The article&apos;s monthly token volume, as printed</source>
        <translation>Das monatliche Token-Volumen laut Artikel, wie abgedruckt</translation>
    </message>
    <message>
        <source>The article&apos;s cost per million tokens, as printed</source>
        <translation>Die Kosten pro Million Tokens laut Artikel, wie abgedruckt</translation>
    </message>
    <message>
        <source>What the cost model gives a month for the same API or GPUs at the quoted volume, with the assumptions chosen here</source>
        <translation>Was das Kostenmodell pro Monat für dieselbe API oder dieselben GPUs beim zitierten Volumen mit den hier gewählten Annahmen ergibt</translation>
    </message>
    <message>
        <source>The computed monthly cost per million tokens of the quoted volume</source>
        <translation>Die berechneten monatlichen Kosten pro Million Tokens beim zitierten Volumen</translation>
    </message>
    <message>
        <source>Every finding of the cost audit about this row, worst first</source>
        <translation>Alle Befunde der Kostenprüfung zu dieser Zeile, der schwerste zuerst</translation>
    </message>
    <message>
        <source>What the audit makes of the article&apos;s figures: the quote is wrong when its own figures contradict each other, doubtful when they cannot be checked or rest on a questionable assumption</source>
        <translation>Was die Prüfung aus den Zahlen des Artikels macht: Die Angabe ist falsch, wenn sich ihre eigenen Zahlen widersprechen, zweifelhaft, wenn sie sich nicht prüfen lassen oder auf einer fragwürdigen Annahme beruhen</translation>
    </message>
    <message>
        <source>Quote is wrong</source>
        <translation>Angabe falsch</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>Zweifelhaft</translation>
    </message>
</context>
<context>
    <name>QuotedCostTableModel</name>
    <message>
        <source>Approach</source>
        <translation>Ansatz</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>Monatliche Kosten</translation>
    </message>
    <message>
        <source>Tokens/month</source>
        <translation>Tokens/Monat</translation>
    </message>
    <message>
        <source>Cost/M tokens</source>
        <translation>Kosten/Mio. Tokens</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>RecommendationTableModel</name>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>RecordEditing</name>
    <message>
        <source>Compare Tier &amp;Snapshots…</source>
        <translation>Tier-&amp;Stände vergleichen…</translation>
    </message>
    <message>
        <source>See which models moved up or down between two stored tier lists</source>
        <translation>Sehen, welche Modelle zwischen zwei gespeicherten Tier-Listen auf- oder abgestiegen sind</translation>
    </message>
    <message>
        <source>&amp;Add Model…</source>
        <translation>Modell &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add a model of your own, with its architecture facts</source>
        <translation>Ein eigenes Modell mit seinen Architekturangaben hinzufügen</translation>
    </message>
    <message>
        <source>Ed&amp;it Model Details…</source>
        <translation>Modelldetails &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit every fact of the current model in a form that checks each one</source>
        <translation>Alle Angaben des aktuellen Modells in einem Formular bearbeiten, das jede prüft</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit in Form…</source>
        <translation>Im Formular bearbeiten…</translation>
    </message>
    <message>
        <source>Cannot edit</source>
        <translation>Bearbeiten nicht möglich</translation>
    </message>
    <message>
        <source>This file is open read-only, so it cannot be changed. Save a copy (File &gt; Save As) and edit the copy.</source>
        <translation>Diese Datei ist schreibgeschützt geöffnet und kann nicht geändert werden. Speichern Sie eine Kopie (Datei &gt; Speichern unter) und bearbeiten Sie die Kopie.</translation>
    </message>
    <message>
        <source>Cannot add</source>
        <translation>Hinzufügen nicht möglich</translation>
    </message>
    <message>
        <source>Cannot save the edit</source>
        <translation>Die Änderung kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Facts from (published model)</source>
        <translation>Fakten aus (veröffentlichtes Modell)</translation>
    </message>
    <message>
        <source>Another model stands in</source>
        <translation>Ein anderes Modell vertritt es</translation>
    </message>
    <message>
        <source>Total parameters</source>
        <translation>Parameter insgesamt</translation>
    </message>
    <message>
        <source>Active parameters per token</source>
        <translation>Aktive Parameter pro Token</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation>Hidden Size</translation>
    </message>
    <message>
        <source>Attention heads</source>
        <translation>Attention-Köpfe</translation>
    </message>
    <message>
        <source>KV heads</source>
        <translation>KV-Köpfe</translation>
    </message>
    <message>
        <source>Head dimension</source>
        <translation>Kopfdimension</translation>
    </message>
    <message>
        <source>Attention (gqa, mla, hybrid, chunked)</source>
        <translation>Attention (gqa, mla, hybrid, chunked)</translation>
    </message>
    <message>
        <source>MLA latent rank</source>
        <translation>MLA-Latent-Rang</translation>
    </message>
    <message>
        <source>MLA rope key dimension</source>
        <translation>MLA-RoPE-Schlüsseldimension</translation>
    </message>
    <message>
        <source>Full-attention layers</source>
        <translation>Schichten mit voller Attention</translation>
    </message>
    <message>
        <source>Local attention window</source>
        <translation>Lokales Attention-Fenster</translation>
    </message>
    <message>
        <source>Recurrent state elements</source>
        <translation>Elemente des rekurrenten Zustands</translation>
    </message>
    <message>
        <source>Routed experts</source>
        <translation>Geroutete Experten</translation>
    </message>
    <message>
        <source>Experts per token</source>
        <translation>Experten pro Token</translation>
    </message>
    <message>
        <source>Shared experts</source>
        <translation>Gemeinsame Experten</translation>
    </message>
    <message>
        <source>Context (tokens)</source>
        <translation>Kontext (Tokens)</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Not confirmed by a primary source</source>
        <translation>Nicht durch eine Primärquelle bestätigt</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Stärken</translation>
    </message>
    <message>
        <source>Parameters as the list prints them</source>
        <translation>Parameter, wie die Liste sie angibt</translation>
    </message>
    <message>
        <source>Memory (GiB)</source>
        <translation>Speicher (GiB)</translation>
    </message>
    <message>
        <source>Memory type</source>
        <translation>Speichertyp</translation>
    </message>
    <message>
        <source>Bandwidth (GB/s)</source>
        <translation>Bandbreite (GB/s)</translation>
    </message>
    <message>
        <source>FP16 TFLOPS</source>
        <translation>FP16-TFLOPS</translation>
    </message>
    <message>
        <source>TDP (W)</source>
        <translation>TDP (W)</translation>
    </message>
    <message>
        <source>Street price (USD)</source>
        <translation>Marktpreis (USD)</translation>
    </message>
    <message>
        <source>Cloud price as of</source>
        <translation>Cloud-Preis Stand</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Provider&apos;s model name</source>
        <translation>Modellname beim Anbieter</translation>
    </message>
    <message>
        <source>Serves our model</source>
        <translation>Bietet unser Modell an</translation>
    </message>
    <message>
        <source>Input (USD/M tokens)</source>
        <translation>Eingabe (USD/Mio. Tokens)</translation>
    </message>
    <message>
        <source>Cached input (USD/M tokens)</source>
        <translation>Gecachte Eingabe (USD/Mio. Tokens)</translation>
    </message>
    <message>
        <source>Output (USD/M tokens)</source>
        <translation>Ausgabe (USD/Mio. Tokens)</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>“%1” is not a field that can be changed.</source>
        <translation>„%1“ ist kein änderbares Feld.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 must be a whole number (70000000000 or 70B).</source>
        <translation>%1 muss eine ganze Zahl sein (70000000000 oder 70B).</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>%1 must be a date as 2026, 2026-03 or 2026-03-15.</source>
        <translation>%1 muss ein Datum wie 2026, 2026-03 oder 2026-03-15 sein.</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 muss wahr oder falsch sein.</translation>
    </message>
    <message>
        <source>%1 must be one of %2.</source>
        <translation>%1 muss eines von %2 sein.</translation>
    </message>
    <message>
        <source>%1: there is no model named “%2”.</source>
        <translation>%1: Es gibt kein Modell namens „%2“.</translation>
    </message>
    <message>
        <source>tier entry of %1</source>
        <translation>Tier-Eintrag von %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>GPU share of unified memory</source>
        <translation>GPU-Anteil am gemeinsamen Speicher</translation>
    </message>
    <message>
        <source>Street price as of</source>
        <translation>Marktpreis vom</translation>
    </message>
    <message>
        <source>Cloud price (USD/hour, on demand)</source>
        <translation>Cloud-Preis (USD/Stunde, on demand)</translation>
    </message>
    <message>
        <source>Cloud provider</source>
        <translation>Cloud-Anbieter</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Tier Entry</source>
        <translation>Tier-Eintrag</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>API Price</source>
        <translation>API-Preis</translation>
    </message>
    <message>
        <source>e.g. 70B or 70000000000</source>
        <translation>z. B. 70B oder 70000000000</translation>
    </message>
    <message>
        <source>e.g. 2026-03-15, 2026-03 or 2026</source>
        <translation>z. B. 2026-03-15, 2026-03 oder 2026</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1 — %2</source>
        <translation>%1 bearbeiten — %2</translation>
    </message>
    <message>
        <source>A new row is recorded as typed in by hand, dated today.</source>
        <translation>Eine neue Zeile wird als von Hand eingegeben mit dem heutigen Datum erfasst.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Assumptions: memory fit</source>
        <translation>Annahmen: Speicherpassung</translation>
    </message>
    <message>
        <source>GPU configuration</source>
        <translation>GPU-Konfiguration</translation>
    </message>
    <message>
        <source>%1, %2 of memory</source>
        <translation>%1, %2 Speicher</translation>
    </message>
    <message>
        <source>Usable share of GPU memory</source>
        <translation>Nutzbarer Anteil des GPU-Speichers</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>%1, %2 bits per weight</source>
        <translation>%1, %2 Bit pro Gewicht</translation>
    </message>
    <message>
        <source>Context per sequence</source>
        <translation>Kontext pro Sequenz</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <source>Concurrent sequences</source>
        <translation>Gleichzeitige Sequenzen</translation>
    </message>
    <message>
        <source>KV cache precision</source>
        <translation>KV-Cache-Genauigkeit</translation>
    </message>
    <message>
        <source>MoE routed experts</source>
        <translation>Geroutete MoE-Experten</translation>
    </message>
    <message>
        <source>in system RAM</source>
        <translation>im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>on the GPUs</source>
        <translation>auf den GPUs</translation>
    </message>
    <message>
        <source>Runtime reserve per GPU</source>
        <translation>Laufzeitreserve pro GPU</translation>
    </message>
    <message>
        <source>Prefill chunk</source>
        <translation>Prefill-Block</translation>
    </message>
    <message>
        <source>Assumptions: cost</source>
        <translation>Annahmen: Kosten</translation>
    </message>
    <message>
        <source>Model self-hosted</source>
        <translation>Selbst gehostetes Modell</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>%1 tokens a month</source>
        <translation>%1 Tokens pro Monat</translation>
    </message>
    <message>
        <source>Input : output tokens</source>
        <translation>Eingabe- : Ausgabe-Tokens</translation>
    </message>
    <message>
        <source>Average use of peak throughput</source>
        <translation>Durchschnittliche Nutzung des Spitzendurchsatzes</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>rented at the listed cloud rates</source>
        <translation>zu den gelisteten Cloud-Preisen gemietet</translation>
    </message>
    <message>
        <source>bought, spread over %1 months, drawing full power at %2 a kWh</source>
        <translation>gekauft, über %1 Monate verteilt, bei voller Leistungsaufnahme zu %2 pro kWh</translation>
    </message>
    <message>
        <source>Hours in a month</source>
        <translation>Stunden pro Monat</translation>
    </message>
    <message>
        <source>Largest batch an engine runs</source>
        <translation>Größter Batch, den eine Engine ausführt</translation>
    </message>
    <message>
        <source>Fit and throughput</source>
        <translation>Passung und Durchsatz</translation>
    </message>
    <message>
        <source>%1 weights, %2 tokens of context per sequence</source>
        <translation>%1-Gewichte, %2 Tokens Kontext pro Sequenz</translation>
    </message>
    <message>
        <source>No rows.</source>
        <translation>Keine Zeilen.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>cannot tell the format of “%1”: use a .pdf or .html file.</source>
        <translation>das Format von „%1“ ist nicht erkennbar: Verwenden Sie eine .pdf- oder .html-Datei.</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows: export the table to have them all.</source>
        <translation>Die ersten %1 von %2 Zeilen: Exportieren Sie die Tabelle, um alle zu erhalten.</translation>
    </message>
</context>
<context>
    <name>SafetensorsReader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the header is not valid JSON: %1 at byte %2</source>
        <translation>der Header ist kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>the header is not a JSON object</source>
        <translation>der Header ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>tensor “%1” needs dtype, shape and two data_offsets</source>
        <translation>Tensor „%1“ braucht dtype, shape und zwei data_offsets</translation>
    </message>
    <message>
        <source>tensor “%1” has the unknown dtype “%2”</source>
        <translation>Tensor „%1“ hat den unbekannten dtype „%2“</translation>
    </message>
    <message>
        <source>tensor “%1” has %2 dimensions</source>
        <translation>Tensor „%1“ hat %2 Dimensionen</translation>
    </message>
    <message>
        <source>tensor “%1” has a shape that is not whole numbers</source>
        <translation>Tensor „%1“ hat eine shape, die nicht aus ganzen Zahlen besteht</translation>
    </message>
    <message>
        <source>tensor “%1”&apos;s size passes 64 bits</source>
        <translation>die Größe von Tensor „%1“ überschreitet 64 Bit</translation>
    </message>
    <message>
        <source>tensor “%1” of %2 %3 elements does not fill whole bytes</source>
        <translation>Tensor „%1“ mit %2 %3-Elementen füllt keine ganzen Bytes</translation>
    </message>
    <message>
        <source>tensor “%1” has invalid data_offsets</source>
        <translation>Tensor „%1“ hat ungültige data_offsets</translation>
    </message>
    <message>
        <source>tensor “%1” spans %2 bytes, but its shape and dtype make %3</source>
        <translation>Tensor „%1“ umfasst %2 Bytes, aber shape und dtype ergeben %3</translation>
    </message>
    <message>
        <source>tensor “%1” starts at data byte %2, expected %3</source>
        <translation>Tensor „%1“ beginnt bei Datenbyte %2, erwartet %3</translation>
    </message>
    <message>
        <source>the tensors cover %1 bytes of data, but the file holds %2: is it complete?</source>
        <translation>die Tensoren umfassen %1 Bytes Daten, die Datei enthält aber %2: Ist sie vollständig?</translation>
    </message>
    <message>
        <source>%1: too short for a safetensors header (%2 bytes)</source>
        <translation>%1: zu kurz für einen safetensors-Header (%2 Bytes)</translation>
    </message>
    <message>
        <source>%1: the header claims %2 bytes; safetensors allows at most %3</source>
        <translation>%1: der Header gibt %2 Bytes an; safetensors erlaubt höchstens %3</translation>
    </message>
    <message>
        <source>%1: the header claims %2 bytes, but only %3 follow</source>
        <translation>%1: der Header gibt %2 Bytes an, es folgen aber nur %3</translation>
    </message>
    <message>
        <source>%1: the header could not be read</source>
        <translation>%1: der Header konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: %2 bytes is too large for an index (at most %3)</source>
        <translation>%1: %2 Bytes sind zu groß für einen Index (höchstens %3)</translation>
    </message>
    <message>
        <source>%1: not a JSON object: %2</source>
        <translation>%1: kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <source>%1: has no weight_map object</source>
        <translation>%1: hat kein weight_map-Objekt</translation>
    </message>
    <message>
        <source>%1: tensor “%2” maps to “%3”, not a .safetensors file beside the index</source>
        <translation>%1: Tensor „%2“ verweist auf „%3“, keine .safetensors-Datei neben dem Index</translation>
    </message>
    <message>
        <source>%1: the weight_map names no tensors</source>
        <translation>%1: die weight_map nennt keine Tensoren</translation>
    </message>
    <message>
        <source>%1: shard %2 is missing</source>
        <translation>%1: Shard %2 fehlt</translation>
    </message>
    <message>
        <source>%1: maps tensor “%2” to %3, which does not hold it</source>
        <translation>%1: ordnet Tensor „%2“ der Datei %3 zu, die ihn nicht enthält</translation>
    </message>
    <message>
        <source>%1 gives total_size %2, but the shards&apos; headers add up to %3 bytes of tensor data.</source>
        <translation>%1 gibt total_size %2 an, die Header der Shards ergeben aber zusammen %3 Bytes Tensordaten.</translation>
    </message>
    <message>
        <source>%1: tensor “%2” is also in an earlier shard</source>
        <translation>%1: Tensor „%2“ ist auch in einem früheren Shard enthalten</translation>
    </message>
</context>
<context>
    <name>ServingModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>Rechenleistung</translation>
    </message>
    <message>
        <source>bandwidth</source>
        <translation>Bandbreite</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>The peak traffic must be more than zero requests a second.</source>
        <translation>Der Spitzenverkehr muss über null Anfragen pro Sekunde liegen.</translation>
    </message>
    <message>
        <source>A request needs a prompt of zero or more tokens and at least one output token.</source>
        <translation>Eine Anfrage braucht einen Prompt von null oder mehr Tokens und mindestens ein Ausgabe-Token.</translation>
    </message>
    <message>
        <source>The prefix-cache share must be from 0% to 100%.</source>
        <translation>Der Anteil des Präfix-Caches muss zwischen 0 % und 100 % liegen.</translation>
    </message>
    <message>
        <source>Latency targets must be more than zero.</source>
        <translation>Latenzziele müssen größer als null sein.</translation>
    </message>
    <message>
        <source>published %1 runs</source>
        <translation>veröffentlichten %1-Messungen</translation>
    </message>
    <message>
        <source>The weights do not fit on %1: %2 of weights and runtime overhead against %3 usable.</source>
        <translation>Die Gewichte passen nicht auf %1: %2 Gewichte und Laufzeit-Overhead gegenüber %3 nutzbar.</translation>
    </message>
    <message>
        <source>No memory is left on %1 for one request&apos;s KV cache (%2 at %3 tokens).</source>
        <translation>Auf %1 bleibt kein Speicher für den KV-Cache einer Anfrage (%2 bei %3 Tokens).</translation>
    </message>
    <message>
        <source>%1 has no memory bandwidth or compute figures.</source>
        <translation>Für %1 fehlen Speicherbandbreite oder Rechenleistung.</translation>
    </message>
    <message>
        <source>No batch meets the TPOT target of %1: one sequence alone takes %2 a token on %3.</source>
        <translation>Keine Batchgröße erreicht das TPOT-Ziel von %1: eine einzelne Sequenz braucht auf %3 %2 pro Token.</translation>
    </message>
    <message>
        <source>No load meets the TTFT target of %1: reading one prompt takes %2 on %3 before any wait.</source>
        <translation>Keine Last erreicht das TTFT-Ziel von %1: ein Prompt braucht auf %3 schon ohne Wartezeit %2.</translation>
    </message>
    <message>
        <source>The peak must last more than 0 and at most 24 hours a day.</source>
        <translation>Die Spitze muss mehr als 0 und höchstens 24 Stunden am Tag dauern.</translation>
    </message>
    <message>
        <source>Off-peak traffic must be from 0% to 100% of the peak.</source>
        <translation>Der Verkehr außerhalb der Spitze muss 0 % bis 100 % der Spitze betragen.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Every menu command with a shortcut, grouped by menu</source>
        <translation>Alle Menübefehle mit Tastenkürzel, nach Menü gruppiert</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Reiter</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Nächster Reiter</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Vorheriger Reiter</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <source>Next control</source>
        <translation>Nächstes Bedienelement</translation>
    </message>
    <message>
        <source>Previous control</source>
        <translation>Vorheriges Bedienelement</translation>
    </message>
    <message>
        <source>In an editable table</source>
        <translation>In einer bearbeitbaren Tabelle</translation>
    </message>
    <message>
        <source>Edit the cell</source>
        <translation>Die Zelle bearbeiten</translation>
    </message>
    <message>
        <source>Edit the row in a form</source>
        <translation>Die Zeile in einem Formular bearbeiten</translation>
    </message>
    <message>
        <source>Add a row in a form</source>
        <translation>Eine Zeile in einem Formular hinzufügen</translation>
    </message>
    <message>
        <source>Delete the row</source>
        <translation>Die Zeile löschen</translation>
    </message>
</context>
<context>
    <name>SnapshotCompareDialog</name>
    <message>
        <source>Compare Tier Snapshots</source>
        <translation>Tier-Stände vergleichen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Older tier list</source>
        <translation>Ältere Tier-Liste</translation>
    </message>
    <message>
        <source>Newer tier list</source>
        <translation>Neuere Tier-Liste</translation>
    </message>
    <message>
        <source>&amp;Older:</source>
        <translation>Ä&amp;lter:</translation>
    </message>
    <message>
        <source>&amp;Newer:</source>
        <translation>&amp;Neuer:</translation>
    </message>
    <message>
        <source>Tier changes</source>
        <translation>Tier-Änderungen</translation>
    </message>
    <message>
        <source>Only one tier list is stored, so there is nothing to compare yet. Import a newer tier list (File &gt; Import…, kind “tiers”) and it is kept as a new dated snapshot.</source>
        <translation>Es ist nur eine Tier-Liste gespeichert, daher gibt es noch nichts zu vergleichen. Importieren Sie eine neuere Tier-Liste (Datei &gt; Importieren…, Art „tiers“); sie wird als neuer datierter Stand aufbewahrt.</translation>
    </message>
    <message>
        <source>Both sides show the same tier list: pick two different ones.</source>
        <translation>Beide Seiten zeigen dieselbe Tier-Liste: Wählen Sie zwei verschiedene.</translation>
    </message>
    <message>
        <source>%1 moved up, %2 moved down, %3 stayed, %4 new, %5 dropped.</source>
        <translation>%1 aufgestiegen, %2 abgestiegen, %3 gleich geblieben, %4 neu, %5 herausgefallen.</translation>
    </message>
</context>
<context>
    <name>SnapshotComparisonModel</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Tier before</source>
        <translation>Tier vorher</translation>
    </message>
    <message>
        <source>Rank before</source>
        <translation>Rang vorher</translation>
    </message>
    <message>
        <source>Tier after</source>
        <translation>Tier nachher</translation>
    </message>
    <message>
        <source>Rank after</source>
        <translation>Rang nachher</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>nicht gelistet</translation>
    </message>
</context>
<context>
    <name>SpeedModel</name>
    <message>
        <source>published %1 runs</source>
        <translation>veröffentlichte %1-Läufe</translation>
    </message>
</context>
<context>
    <name>TierBrowser</name>
    <message>
        <source>Filter by name, vendor or highlight (Ctrl+F)</source>
        <translation>Nach Name, Anbieter oder Stärke filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter models</source>
        <translation>Modelle filtern</translation>
    </message>
    <message>
        <source>Show one tier only</source>
        <translation>Nur ein Tier anzeigen</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Alle Tiers</translation>
    </message>
    <message>
        <source>%1-Tier</source>
        <translation>%1-Tier</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Dense models use every parameter per token; mixture-of-experts models route each token through a few experts but keep all of them in memory</source>
        <translation>Dichte Modelle nutzen jeden Parameter pro Token; Mixture-of-Experts-Modelle leiten jedes Token durch wenige Experten, halten aber alle im Speicher</translation>
    </message>
    <message>
        <source>Dense and MoE</source>
        <translation>Dicht und MoE</translation>
    </message>
    <message>
        <source>Dense only</source>
        <translation>Nur dicht</translation>
    </message>
    <message>
        <source>MoE only</source>
        <translation>Nur MoE</translation>
    </message>
    <message>
        <source> B</source>
        <translation> Mrd.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Total parameters, in billions</source>
        <translation>Parameter insgesamt, in Milliarden</translation>
    </message>
    <message>
        <source>Minimum parameters</source>
        <translation>Mindestanzahl Parameter</translation>
    </message>
    <message>
        <source>Maximum parameters</source>
        <translation>Höchstanzahl Parameter</translation>
    </message>
    <message>
        <source>Hide models that do not fit the GPU configuration chosen in the VRAM fit tab</source>
        <translation>Modelle ausblenden, die nicht auf die im Reiter VRAM-Passung gewählte GPU-Konfiguration passen</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>&amp;Parameters:</source>
        <translation>&amp;Parameter:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Shows only models whose name, vendor or highlight contains the text</source>
        <translation>Zeigt nur Modelle, deren Name, Anbieter oder Stärke den Text enthält</translation>
    </message>
    <message>
        <source>Dense models, mixture-of-experts models, or both</source>
        <translation>Dichte Modelle, Mixture-of-Experts-Modelle oder beide</translation>
    </message>
    <message>
        <source>The tier list with each model&apos;s size, architecture and fit verdict</source>
        <translation>Die Tier-Liste mit Größe, Architektur und Passungsurteil jedes Modells</translation>
    </message>
    <message>
        <source>Only models that fi&amp;t</source>
        <translation>Nur Modelle, die pa&amp;ssen</translation>
    </message>
    <message>
        <source>Any size</source>
        <translation>Jede Größe</translation>
    </message>
    <message>
        <source>Up to 4B</source>
        <translation>Bis 4 Mrd.</translation>
    </message>
    <message>
        <source>4B to 15B</source>
        <translation>4 bis 15 Mrd.</translation>
    </message>
    <message>
        <source>15B to 40B</source>
        <translation>15 bis 40 Mrd.</translation>
    </message>
    <message>
        <source>40B to 150B</source>
        <translation>40 bis 150 Mrd.</translation>
    </message>
    <message>
        <source>Over 150B</source>
        <translation>Über 150 Mrd.</translation>
    </message>
    <message>
        <source>Show one family&apos;s models only, by vendor</source>
        <translation>Nur die Modelle einer Familie zeigen, nach Anbieter</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Sets the parameter range to a common size class</source>
        <translation>Setzt den Parameterbereich auf eine übliche Größenklasse</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>All families</source>
        <translation>Alle Familien</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>TierChart</name>
    <message>
        <source>Parameters, billions — dark: used for each token; light: the rest, also held in memory</source>
        <translation>Parameter in Milliarden — dunkel: pro Token genutzt; hell: der Rest, ebenfalls im Speicher</translation>
    </message>
    <message>
        <source>%1, %2 active</source>
        <translation>%1, %2 aktiv</translation>
    </message>
    <message>
        <source>%1 dense</source>
        <translation>%1 dicht</translation>
    </message>
    <message>
        <source>%1 · %2 — %3</source>
        <translation>%1 · %2 — %3</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Not in the tier list</source>
        <translation>Nicht in der Tier-Liste</translation>
    </message>
    <message>
        <source>%1 tier</source>
        <translation>%1-Tier</translation>
    </message>
    <message>
        <source>Not in the tier list, rest</source>
        <translation>Nicht in der Tier-Liste, Rest</translation>
    </message>
    <message>
        <source>%1 tier, rest of the total</source>
        <translation>%1-Tier, Rest der Gesamtzahl</translation>
    </message>
    <message>
        <source>Models of the tier list by parameters, coloured by tier</source>
        <translation>Modelle der Tier-Liste nach Parametern, nach Tier eingefärbt</translation>
    </message>
    <message>
        <source> — first %1 of %2 rows</source>
        <translation> — die ersten %1 von %2 Zeilen</translation>
    </message>
</context>
<context>
    <name>TierChartView</name>
    <message>
        <source>Tier overview chart</source>
        <translation>Diagramm Tier-Übersicht</translation>
    </message>
    <message>
        <source>Tier overview table</source>
        <translation>Tabelle Tier-Übersicht</translation>
    </message>
</context>
<context>
    <name>TierSnapshots</name>
    <message>
        <source>up</source>
        <translation>aufgestiegen</translation>
    </message>
    <message>
        <source>down</source>
        <translation>abgestiegen</translation>
    </message>
    <message>
        <source>same</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>herausgefallen</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>nicht aufgeführt</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 Nr. %2</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
</context>
<context>
    <name>TierTableModel</name>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Stärken</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Braucht</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Passung</translation>
    </message>
    <message>
        <source>Position in the tier list</source>
        <translation>Position in der Tier-Liste</translation>
    </message>
    <message>
        <source>Model name as the tier list spells it; * marks facts taken from another published model or not confirmed by a primary source (hover for why)</source>
        <translation>Modellname, wie die Tier-Liste ihn schreibt; * kennzeichnet Angaben, die von einem anderen veröffentlichten Modell stammen oder nicht durch eine Primärquelle bestätigt sind (Mauszeiger darauf zeigt den Grund)</translation>
    </message>
    <message>
        <source>Total parameters: every one of them is held in memory, MoE experts included</source>
        <translation>Parameter insgesamt: jeder davon liegt im Speicher, MoE-Experten eingeschlossen</translation>
    </message>
    <message>
        <source>Parameters used per generated token (all of them for a dense model)</source>
        <translation>Pro erzeugtem Token genutzte Parameter (bei einem dichten Modell alle)</translation>
    </message>
    <message>
        <source>Longest context the model supports, in tokens</source>
        <translation>Längster vom Modell unterstützter Kontext, in Tokens</translation>
    </message>
    <message>
        <source>For the GPU configuration and assumptions chosen in the VRAM fit tab</source>
        <translation>Für die im Reiter VRAM-Passung gewählte GPU-Konfiguration und Annahmen</translation>
    </message>
    <message>
        <source>Architecture facts from %1</source>
        <translation>Architekturangaben aus %1</translation>
    </message>
    <message>
        <source>The tier list says “%1”</source>
        <translation>Die Tier-Liste sagt „%1“</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>A model needs a name.</source>
        <translation>Ein Modell braucht einen Namen.</translation>
    </message>
    <message>
        <source>Another model is already called “%1”.</source>
        <translation>Ein anderes Modell heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>Name the vendor.</source>
        <translation>Nennen Sie den Anbieter.</translation>
    </message>
    <message>
        <source>The parameter count must be positive.</source>
        <translation>Die Parameterzahl muss positiv sein.</translation>
    </message>
    <message>
        <source>Active parameters must be positive.</source>
        <translation>Aktive Parameter müssen positiv sein.</translation>
    </message>
    <message>
        <source>Active parameters cannot exceed the total (%L1).</source>
        <translation>Aktive Parameter können die Gesamtzahl (%L1) nicht übersteigen.</translation>
    </message>
    <message>
        <source>A dense model uses all its parameters per token; give routed experts for a MoE model.</source>
        <translation>Ein dichtes Modell nutzt pro Token alle Parameter; geben Sie für ein MoE-Modell die gerouteten Experten an.</translation>
    </message>
    <message>
        <source>A MoE model needs its active parameters per token.</source>
        <translation>Ein MoE-Modell braucht seine aktiven Parameter pro Token.</translation>
    </message>
    <message>
        <source>Experts per token must be from 1 to the number of routed experts (%1).</source>
        <translation>Experten pro Token müssen zwischen 1 und der Zahl der gerouteten Experten (%1) liegen.</translation>
    </message>
    <message>
        <source>Must be a whole number above 0.</source>
        <translation>Muss eine ganze Zahl über 0 sein.</translation>
    </message>
    <message>
        <source>There cannot be more KV heads than attention heads (%1).</source>
        <translation>Es kann nicht mehr KV-Köpfe als Attention-Köpfe (%1) geben.</translation>
    </message>
    <message>
        <source>Must be from 0 to the number of layers (%1).</source>
        <translation>Muss zwischen 0 und der Zahl der Schichten (%1) liegen.</translation>
    </message>
    <message>
        <source>Multi-head latent attention needs its latent rank.</source>
        <translation>Multi-Head-Latent-Attention braucht ihren Latent-Rang.</translation>
    </message>
    <message>
        <source>The context must be positive.</source>
        <translation>Der Kontext muss positiv sein.</translation>
    </message>
    <message>
        <source>Give the release date as 2026, 2026-03 or 2026-03-15.</source>
        <translation>Geben Sie das Veröffentlichungsdatum als 2026, 2026-03 oder 2026-03-15 an.</translation>
    </message>
    <message>
        <source>Unknown tier “%1”: tiers are S, A, B, C, D and F.</source>
        <translation>Unbekanntes Tier „%1“: Tiers sind S, A, B, C, D und F.</translation>
    </message>
    <message>
        <source>The rank must be 1 or more.</source>
        <translation>Der Rang muss 1 oder mehr sein.</translation>
    </message>
    <message>
        <source>The tier entry names a model that is not in the dataset.</source>
        <translation>Der Tier-Eintrag nennt ein Modell, das nicht im Datensatz ist.</translation>
    </message>
    <message>
        <source>Rank %1 is already held by %2.</source>
        <translation>Rang %1 ist bereits an %2 vergeben.</translation>
    </message>
    <message>
        <source>A GPU needs a name.</source>
        <translation>Eine GPU braucht einen Namen.</translation>
    </message>
    <message>
        <source>Another GPU is already called “%1”.</source>
        <translation>Eine andere GPU heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>Memory must be positive.</source>
        <translation>Der Speicher muss positiv sein.</translation>
    </message>
    <message>
        <source>Bandwidth must be positive.</source>
        <translation>Die Bandbreite muss positiv sein.</translation>
    </message>
    <message>
        <source>Compute must be positive.</source>
        <translation>Die Rechenleistung muss positiv sein.</translation>
    </message>
    <message>
        <source>Power must be positive (or left empty).</source>
        <translation>Die Leistungsaufnahme muss positiv sein (oder leer bleiben).</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Ein Preis kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Give the date as 2026, 2026-03 or 2026-03-15.</source>
        <translation>Geben Sie das Datum als 2026, 2026-03 oder 2026-03-15 an.</translation>
    </message>
    <message>
        <source>Name the provider.</source>
        <translation>Nennen Sie den Anbieter.</translation>
    </message>
    <message>
        <source>Give the provider&apos;s name for the model.</source>
        <translation>Geben Sie den Namen des Modells beim Anbieter an.</translation>
    </message>
    <message>
        <source>%1 already has a price for “%2”.</source>
        <translation>%1 hat bereits einen Preis für „%2“.</translation>
    </message>
    <message>
        <source>The model this price serves is not in the dataset.</source>
        <translation>Das Modell zu diesem Preis ist nicht im Datensatz.</translation>
    </message>
    <message>
        <source>A configuration pools 1 to %1 GPUs, not %2.</source>
        <translation>Eine Konfiguration bündelt 1 bis %1 GPUs, nicht %2.</translation>
    </message>
    <message>
        <source>The GPU&apos;s share of memory is above 0 and at most 1 (or left empty for a card&apos;s own memory).</source>
        <translation>Der GPU-Anteil am Speicher liegt über 0 und höchstens bei 1 (oder bleibt leer für den eigenen Speicher einer Karte).</translation>
    </message>
</context>
<context>
    <name>VolumeParser</name>
    <message>
        <source>&quot;%1&quot; is not a token volume: write a number with an optional K, M, B or T suffix, such as 250M or 1.5B.</source>
        <translation>„%1“ ist kein Token-Volumen: Schreiben Sie eine Zahl mit optionaler Größenordnung (Tsd., Mio., Mrd., Bio.), etwa 250 Mio. oder 1,5 Mrd.</translation>
    </message>
    <message>
        <source>The volume is too long to be a number.</source>
        <translation>Das Volumen ist zu lang für eine Zahl.</translation>
    </message>
    <message>
        <source>Enter a token volume, such as 250M or 1.5B.</source>
        <translation>Geben Sie ein Token-Volumen ein, etwa 250 Mio. oder 1,5 Mrd.</translation>
    </message>
    <message>
        <source>A token volume cannot be negative.</source>
        <translation>Ein Token-Volumen kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>A token volume must be a finite number.</source>
        <translation>Ein Token-Volumen muss eine endliche Zahl sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a token volume: commas may only separate groups of three digits, as in 1,000,000.</source>
        <translation>„%1“ ist kein Token-Volumen: Kommas dürfen nur Dreiergruppen von Ziffern trennen, wie in 1,000,000.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a token volume: use an exponent or a suffix, not both.</source>
        <translation>„%1“ ist kein Token-Volumen: Verwenden Sie einen Exponenten oder ein Suffix, nicht beides.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is more tokens a month than anyone plans for: the largest volume accepted is %2.</source>
        <translation>„%1“ sind mehr Tokens pro Monat, als irgendjemand plant: das größte akzeptierte Volumen ist %2.</translation>
    </message>
    <message>
        <source>A token volume must be at least one token a month.</source>
        <translation>Ein Token-Volumen muss mindestens ein Token pro Monat betragen.</translation>
    </message>
</context>
<context>
    <name>VramFitChart</name>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV-Cache</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>Overhead</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>GPU memory needed, GiB (2³⁰ bytes)</source>
        <translation>Benötigter GPU-Speicher, GiB (2³⁰ Bytes)</translation>
    </message>
    <message>
        <source>GPU memory needed, GB (10⁹ bytes)</source>
        <translation>Benötigter GPU-Speicher, GB (10⁹ Bytes)</translation>
    </message>
    <message>
        <source>Usable: %1 (%2 × %3)</source>
        <translation>Nutzbar: %1 (%2 × %3)</translation>
    </message>
    <message>
        <source>%1 context, batch %2, %3 KV cache</source>
        <translation>%1 Kontext, Batch %2, %3-KV-Cache</translation>
    </message>
    <message>
        <source>%1 of %2 models fit on %3 at %4 — %5</source>
        <translation>%1 von %2 Modellen passen auf %3 bei %4 — %5</translation>
    </message>
    <message>
        <source>%1 fits on %2 in %3 of %4 formats — %5</source>
        <translation>%1 passt auf %2 in %3 von %4 Formaten — %5</translation>
    </message>
    <message>
        <source>Choose a model to chart across quantizations</source>
        <translation>Wählen Sie ein Modell für das Diagramm über alle Quantisierungen</translation>
    </message>
    <message>
        <source> — first %1 of %2 rows</source>
        <translation> — die ersten %1 von %2 Zeilen</translation>
    </message>
    <message>
        <source>%1 — measured %2</source>
        <translation>%1 — gemessen %2</translation>
    </message>
    <message>
        <source>Measured in your runs</source>
        <translation>Gemessen in Ihren Läufen</translation>
    </message>
</context>
<context>
    <name>VramFitControls</name>
    <message>
        <source>&amp;Zoom to the usable capacity</source>
        <translation>Auf nutzbare Kapazität &amp;zoomen</translation>
    </message>
    <message>
        <source>GPU configuration</source>
        <translation>GPU-Konfiguration</translation>
    </message>
    <message>
        <source>A named configuration, or Custom for any GPU type and count below</source>
        <translation>Eine benannte Konfiguration oder „Benutzerdefiniert“ für beliebigen GPU-Typ und Anzahl darunter</translation>
    </message>
    <message>
        <source>GPU type</source>
        <translation>GPU-Typ</translation>
    </message>
    <message>
        <source>GPU count</source>
        <translation>GPU-Anzahl</translation>
    </message>
    <message>
        <source>GPUs pooled by tensor parallelism: their memory adds up</source>
        <translation>Per Tensor-Parallelität gebündelte GPUs: ihr Speicher addiert sich</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <source>Weight format and its effective bits per weight, scales included</source>
        <translation>Gewichtsformat und seine effektiven Bits pro Gewicht, Skalen eingeschlossen</translation>
    </message>
    <message>
        <source>Context length</source>
        <translation>Kontextlänge</translation>
    </message>
    <message>
        <source>Tokens each sequence keeps in the KV cache, in doublings from 2K to 1M</source>
        <translation>Tokens, die jede Sequenz im KV-Cache hält, in Verdopplungen von 2K bis 1M</translation>
    </message>
    <message>
        <source>128K tokens</source>
        <translation>128K Tokens</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batch-Größe</translation>
    </message>
    <message>
        <source>Concurrent sequences, each holding the full context in the KV cache</source>
        <translation>Gleichzeitige Sequenzen, jede mit vollem Kontext im KV-Cache</translation>
    </message>
    <message>
        <source>KV cache precision</source>
        <translation>KV-Cache-Genauigkeit</translation>
    </message>
    <message>
        <source>Element format of the KV cache; 8-bit and 4-bit halve and quarter it</source>
        <translation>Elementformat des KV-Caches; 8 Bit und 4 Bit halbieren bzw. vierteln ihn</translation>
    </message>
    <message>
        <source>Expert offload</source>
        <translation>Experten-Auslagerung</translation>
    </message>
    <message>
        <source>Mixture-of-experts models: keep attention and shared weights on the GPUs and the routed experts in system RAM (slower decode)</source>
        <translation>Mixture-of-Experts-Modelle: Attention und gemeinsame Gewichte auf den GPUs, geroutete Experten im Arbeitsspeicher (langsamere Dekodierung)</translation>
    </message>
    <message>
        <source>GPU memory utilisation</source>
        <translation>GPU-Speicherauslastung</translation>
    </message>
    <message>
        <source>Fraction of GPU memory the serving engine may use (vLLM&apos;s default: 0.9)</source>
        <translation>Anteil des GPU-Speichers, den die Inferenz-Engine nutzen darf (Standard von vLLM: 0,9)</translation>
    </message>
    <message>
        <source>Chart mode</source>
        <translation>Diagrammmodus</translation>
    </message>
    <message>
        <source>Compare every model at the chosen quantization, or one model across every quantization format</source>
        <translation>Alle Modelle bei der gewählten Quantisierung vergleichen oder ein Modell über alle Quantisierungsformate</translation>
    </message>
    <message>
        <source>All models at one quantization</source>
        <translation>Alle Modelle bei einer Quantisierung</translation>
    </message>
    <message>
        <source>One model across quantizations</source>
        <translation>Ein Modell über alle Quantisierungen</translation>
    </message>
    <message>
        <source>Model across quantizations</source>
        <translation>Modell über Quantisierungen</translation>
    </message>
    <message>
        <source>The model charted across quantizations</source>
        <translation>Das über alle Quantisierungen dargestellte Modell</translation>
    </message>
    <message>
        <source>Zoom to the usable capacity</source>
        <translation>Auf nutzbare Kapazität zoomen</translation>
    </message>
    <message>
        <source>Scale the axis to twice the usable capacity, where fits are decided; longer bars run off the right edge</source>
        <translation>Die Achse auf die doppelte nutzbare Kapazität skalieren, wo sich die Passung entscheidet; längere Balken laufen über den rechten Rand hinaus</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;Utilisation:</source>
        <translation>A&amp;uslastung:</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Arbeitslast</translation>
    </message>
    <message>
        <source>&amp;Quantization:</source>
        <translation>&amp;Quantisierung:</translation>
    </message>
    <message>
        <source>Conte&amp;xt:</source>
        <translation>Konte&amp;xt:</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>Bat&amp;ch:</translation>
    </message>
    <message>
        <source>&amp;KV cache:</source>
        <translation>KV-Cach&amp;e:</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Anze&amp;igen:</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>%1 (%2 bits/weight)</source>
        <translation>%1 (%2 Bit/Gewicht)</translation>
    </message>
    <message>
        <source>Custom: %1</source>
        <translation>Benutzerdefiniert: %1</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <source>Mode&amp;l:</source>
        <translation>Mode&amp;ll:</translation>
    </message>
    <message>
        <source>Routed ex&amp;perts in system RAM</source>
        <translation>Geroutete Ex&amp;perten im Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Configu&amp;ration:</source>
        <translation>Konfigu&amp;ration:</translation>
    </message>
    <message>
        <source>Cou&amp;nt:</source>
        <translation>A&amp;nzahl:</translation>
    </message>
    <message>
        <source>Inference engine</source>
        <translation>Inferenz-Engine</translation>
    </message>
    <message>
        <source>Decides the speed columns: llama.cpp splits the layers over the GPUs, so their bandwidths do not add up; vLLM splits every layer over them, and they do</source>
        <translation>Bestimmt die Geschwindigkeitsspalten: llama.cpp verteilt die Schichten auf die GPUs, daher addieren sich ihre Bandbreiten nicht; vLLM verteilt jede Schicht auf sie, und sie addieren sich</translation>
    </message>
    <message>
        <source>By format</source>
        <translation>Nach Format</translation>
    </message>
    <message>
        <source>By format (llama.cpp for GGUF, vLLM otherwise)</source>
        <translation>Nach Format (llama.cpp für GGUF, sonst vLLM)</translation>
    </message>
    <message>
        <source>System memory bandwidth</source>
        <translation>Bandbreite des Arbeitsspeichers</translation>
    </message>
    <message>
        <source>Peak bandwidth of the system RAM that holds offloaded experts; the default is a desktop&apos;s dual-channel DDR5-5600</source>
        <translation>Spitzenbandbreite des Arbeitsspeichers, der ausgelagerte Experten hält; Standard ist zweikanaliges DDR5-5600 eines Desktop-PCs</translation>
    </message>
    <message>
        <source> GB/s</source>
        <translation> GB/s</translation>
    </message>
    <message>
        <source>System RAM:</source>
        <translation>Arbeitsspeicher:</translation>
    </message>
    <message>
        <source>Eng&amp;ine:</source>
        <translation>Engine-&amp;Wahl:</translation>
    </message>
    <message>
        <source>Assumes %1 per GPU for the runtime (CUDA context, kernels), %2% of GPU memory usable, an activation buffer for %3-token prefill chunks, and the full context for every sequence of the batch. Decode speeds are what %4 reaches in published runs, at a %5-token prompt; routed experts in system RAM are read at %6 GB/s.</source>
        <translation>Angenommen: %1 pro GPU für die Laufzeitumgebung (CUDA-Kontext, Kernel), %2 % des GPU-Speichers nutzbar, ein Aktivierungspuffer für Prefill-Blöcke von %3 Tokens und der volle Kontext für jede Sequenz des Batches. Decode-Geschwindigkeiten sind, was %4 in veröffentlichten Läufen erreicht, bei einem Prompt von %5 Tokens; geroutete Experten im Arbeitsspeicher werden mit %6 GB/s gelesen.</translation>
    </message>
    <message>
        <source>the format&apos;s usual engine</source>
        <translation>die übliche Engine des Formats</translation>
    </message>
    <message>
        <source>The GPU model and its memory, in the unit the preferences choose</source>
        <translation>Das GPU-Modell und sein Speicher, in der Einheit aus den Einstellungen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>VramFitView</name>
    <message>
        <source>VRAM fit table</source>
        <translation>Tabelle VRAM-Passung</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV-Cache</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>Overhead</translation>
    </message>
    <message>
        <source>Bar parts:</source>
        <translation>Balkenteile:</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Urteil:</translation>
    </message>
    <message>
        <source>VRAM fit chart</source>
        <translation>Diagramm VRAM-Passung</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>The chart&apos;s rows as a table: needed memory, headroom, verdict and speed</source>
        <translation>Die Zeilen des Diagramms als Tabelle: benötigter Speicher, Reserve, Urteil und Geschwindigkeit</translation>
    </message>
    <message>
        <source>VRAM fit controls</source>
        <translation>Bedienelemente VRAM-Passung</translation>
    </message>
</context>
<context>
    <name>WorkloadPanel</name>
    <message>
        <source>Si&amp;ze for a workload</source>
        <translation>F&amp;ür eine Last auslegen</translation>
    </message>
    <message>
        <source>Size for a workload</source>
        <translation>Für eine Last auslegen</translation>
    </message>
    <message>
        <source>Size each configuration for peak traffic and latency targets instead of a monthly volume: replicas, achieved latencies and the limiting resource join the table</source>
        <translation>Jede Konfiguration für die Spitzenlast und Latenzziele statt für ein Monatsvolumen auslegen: Replikate, erreichte Latenzen und die begrenzende Ressource kommen in die Tabelle</translation>
    </message>
    <message>
        <source>Peak requests per second</source>
        <translation>Anfragen pro Sekunde zur Spitze</translation>
    </message>
    <message>
        <source>Requests a second in the busiest hour; the monthly volume is this times the utilisation (the average traffic&apos;s share of the peak)</source>
        <translation>Anfragen pro Sekunde in der verkehrsreichsten Stunde; das Monatsvolumen ist dies mal die Auslastung (der Anteil des mittleren Verkehrs an der Spitze)</translation>
    </message>
    <message>
        <source>Mean prompt tokens per request</source>
        <translation>Mittlere Prompt-Tokens pro Anfrage</translation>
    </message>
    <message>
        <source>Tokens in a request&apos;s prompt, on average: processed at the compute-bound prefill rate</source>
        <translation>Tokens im Prompt einer Anfrage, im Mittel: verarbeitet mit der rechenbegrenzten Prefill-Rate</translation>
    </message>
    <message>
        <source>Mean output tokens per request</source>
        <translation>Mittlere Ausgabe-Tokens pro Anfrage</translation>
    </message>
    <message>
        <source>Tokens generated per request, on average: produced at the batched decode rate</source>
        <translation>Pro Anfrage erzeugte Tokens, im Mittel: erzeugt mit der gebündelten Decode-Rate</translation>
    </message>
    <message>
        <source>Prefix-cache share of prompt tokens</source>
        <translation>Anteil der Prompt-Tokens aus dem Präfix-Cache</translation>
    </message>
    <message>
        <source>Share of prompt tokens served from a prefix cache (a shared system prompt, say): they are not computed again</source>
        <translation>Anteil der Prompt-Tokens, die ein Präfix-Cache liefert (etwa ein gemeinsamer System-Prompt): sie werden nicht erneut berechnet</translation>
    </message>
    <message>
        <source>Time to first token target in milliseconds</source>
        <translation>Ziel für die Zeit bis zum ersten Token in Millisekunden</translation>
    </message>
    <message>
        <source>The longest time to first token (TTFT) promised, queueing included; 0 for no target</source>
        <translation>Die längste zugesagte Zeit bis zum ersten Token (TTFT), Warteschlange eingeschlossen; 0 für kein Ziel</translation>
    </message>
    <message>
        <source>Time per output token target in milliseconds</source>
        <translation>Ziel für die Zeit pro Ausgabe-Token in Millisekunden</translation>
    </message>
    <message>
        <source>The longest time per output token (TPOT) promised; it bounds the batch; 0 for no target</source>
        <translation>Die längste zugesagte Zeit pro Ausgabe-Token (TPOT); sie begrenzt den Batch; 0 für kein Ziel</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>Targets as 95th percentile or mean</source>
        <translation>Ziele als 95. Perzentil oder Mittelwert</translation>
    </message>
    <message>
        <source>Whether the targets bound the 95th percentile of the latencies or their mean</source>
        <translation>Ob die Ziele das 95. Perzentil der Latenzen oder ihren Mittelwert begrenzen</translation>
    </message>
    <message>
        <source>95th percentile</source>
        <translation>95. Perzentil</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Peak re&amp;quests/s:</source>
        <translation>Anfragen/s zur Spit&amp;ze:</translation>
    </message>
    <message>
        <source>Prompt to&amp;kens:</source>
        <translation>Tokens im Prompt (&amp;j):</translation>
    </message>
    <message>
        <source>Output tokens:</source>
        <translation>Ausgabe-Tokens:</translation>
    </message>
    <message>
        <source>Prefi&amp;x cache:</source>
        <translation>Präfi&amp;x-Cache:</translation>
    </message>
    <message>
        <source>TTFT target:</source>
        <translation>TTFT-Ziel:</translation>
    </message>
    <message>
        <source>TPOT target:</source>
        <translation>TPOT-Ziel:</translation>
    </message>
    <message>
        <source>Targets as:</source>
        <translation>Ziele als:</translation>
    </message>
    <message>
        <source>Traffic given as</source>
        <translation>Verkehr angegeben als</translation>
    </message>
    <message>
        <source>Give the peak traffic as requests a second, or as users who each wait for an answer and think before the next request</source>
        <translation>Den Spitzenverkehr als Anfragen pro Sekunde angeben oder als Nutzer, die jeweils auf eine Antwort warten und vor der nächsten Anfrage nachdenken</translation>
    </message>
    <message>
        <source>requests a second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>concurrent users</source>
        <translation>gleichzeitige Nutzer</translation>
    </message>
    <message>
        <source>Concurrent users at peak</source>
        <translation>Gleichzeitige Nutzer zur Spitze</translation>
    </message>
    <message>
        <source>Users at the busiest hour, each sending a request, waiting for the answer and thinking before the next: requests/s = users / (think time + TTFT target + output tokens x TPOT target)</source>
        <translation>Nutzer in der verkehrsreichsten Stunde, die jeweils eine Anfrage senden, auf die Antwort warten und vor der nächsten nachdenken: Anfragen/s = Nutzer / (Denkzeit + TTFT-Ziel + Ausgabe-Tokens x TPOT-Ziel)</translation>
    </message>
    <message>
        <source>Think time in seconds</source>
        <translation>Denkzeit in Sekunden</translation>
    </message>
    <message>
        <source>Seconds a user takes between an answer and the next request</source>
        <translation>Sekunden, die ein Nutzer zwischen einer Antwort und der nächsten Anfrage braucht</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Traffic as:</source>
        <translation>Verkehr als:</translation>
    </message>
    <message>
        <source>Users at peak:</source>
        <translation>Nutzer zur Spitze:</translation>
    </message>
    <message>
        <source>Think time:</source>
        <translation>Denkzeit:</translation>
    </message>
    <message>
        <source>= %1 requests/s at peak</source>
        <translation>= %1 Anfragen/s zur Spitze</translation>
    </message>
    <message>
        <source>needs a think time or a latency target</source>
        <translation>braucht eine Denkzeit oder ein Latenzziel</translation>
    </message>
    <message>
        <source>Replicas run</source>
        <translation>Replikate laufen</translation>
    </message>
    <message>
        <source>Always on: every replica runs all month and the utilisation is the average traffic&apos;s share of the peak. Daily profile: rented replicas follow the traffic hour by hour, and the profile decides the average</source>
        <translation>Dauerbetrieb: Jedes Replikat läuft den ganzen Monat, und die Auslastung ist der Anteil des durchschnittlichen Verkehrs an der Spitze. Tagesprofil: Gemietete Replikate folgen dem Verkehr Stunde für Stunde, und das Profil bestimmt den Durchschnitt</translation>
    </message>
    <message>
        <source>always on</source>
        <translation>im Dauerbetrieb</translation>
    </message>
    <message>
        <source>daily profile</source>
        <translation>nach Tagesprofil</translation>
    </message>
    <message>
        <source>Peak hours a day</source>
        <translation>Spitzenstunden pro Tag</translation>
    </message>
    <message>
        <source>Hours a day the traffic is at its peak</source>
        <translation>Stunden am Tag, in denen der Verkehr seine Spitze erreicht</translation>
    </message>
    <message>
        <source> h a day</source>
        <translation> h am Tag</translation>
    </message>
    <message>
        <source>Off-peak traffic as a share of the peak</source>
        <translation>Verkehr außerhalb der Spitze als Anteil der Spitze</translation>
    </message>
    <message>
        <source>Traffic the rest of the day, as a share of the peak; at least one replica stays up</source>
        <translation>Verkehr in der übrigen Zeit des Tages als Anteil der Spitze; mindestens ein Replikat bleibt in Betrieb</translation>
    </message>
    <message>
        <source>Replicas run:</source>
        <translation>Replikate laufen:</translation>
    </message>
    <message>
        <source>Peak:</source>
        <translation>Spitze:</translation>
    </message>
    <message>
        <source>Off-peak:</source>
        <translation>Außerhalb der Spitze:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>LLM Atlas cannot start</source>
        <translation>LLM Atlas kann nicht starten</translation>
    </message>
</context>
</TS>
