<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/jobs/JobRunner.cpp" line="71" />
        <source>An unexpected error stopped the operation.</source>
        <translation>Ein unerwarteter Fehler hat den Vorgang beendet.</translation>
    </message>
    <message>
        <location filename="../ui/plots/MarkerPlots.cpp" line="121" />
        <source>gene (dot area: fraction of cells expressing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/plots/MarkerPlots.cpp" line="123" />
        <source>mean expression
(scaled per gene)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/plots/MarkerPlots.cpp" line="192" />
        <source>%1 expression</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/plots/MarkerPlots.cpp" line="241" />
        <source>cells grouped by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/plots/MarkerPlots.cpp" line="244" />
        <source>expression
(scaled per gene)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../ui/session/Commands.cpp" line="122" />
        <source>Relabel %n cell(s) as %1</source>
        <translation>
            <numerusform>%n Zelle in %1 umbenennen</numerusform><numerusform>%n Zellen in %1 umbenennen</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/session/Commands.cpp" line="128" />
        <source>Save selection as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/session/Commands.cpp" line="136" />
        <source>Rename %1 to %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio/main.cpp" line="26" />
        <source>Explore and annotate single-cell datasets.</source>
        <translation>Einzelzell-Datensätze erkunden und annotieren.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="29" />
        <source>A .h5ad file, 10x folder or CSV to open.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scdiff::ui::DataFrameModel</name>
    <message>
        <location filename="../ui/models/DataFrameModel.cpp" line="48" />
        <source>Column %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scdiff::ui::DatasetPanel</name>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="45" />
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="45" />
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="49" />
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="50" />
        <source>Cells (obs)</source>
        <translation>Zellen (obs)</translation>
    </message>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="51" />
        <source>Genes (var)</source>
        <translation>Gene (var)</translation>
    </message>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="65" />
        <source>Filter rows (text in any column)…</source>
        <translation>Zeilen filtern (Text in beliebiger Spalte)…</translation>
    </message>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="90" />
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="90" />
        <source>%1 cells × %2 genes</source>
        <translation>%1 Zellen × %2 Gene</translation>
    </message>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="92" />
        <source>absent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="95" />
        <source> (sparse)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="97" />
        <source>X</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="98" />
        <source>layers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="100" />
        <source>obsm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="102" />
        <source>obsp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="104" />
        <source>uns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="106" />
        <source>raw</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="106" />
        <source>%1 genes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>scdiff::ui::EmbeddingView</name>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="32" />
        <location filename="../ui/plots/EmbeddingView.cpp" line="165" />
        <source>dimension 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="33" />
        <location filename="../ui/plots/EmbeddingView.cpp" line="166" />
        <source>dimension 2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="39" />
        <source>Embedding (obsm key)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="41" />
        <source>Colour cells by an obs column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="43" />
        <source>Colour by gene…</source>
        <translation>Nach Gen färben…</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="52" />
        <source>Point size (pixels)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="57" />
        <source>Opacity</source>
        <translation>Deckkraft</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="70" />
        <source>Pan/Zoom</source>
        <translation>Verschieben/Zoomen</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="70" />
        <source>Drag to pan, wheel to zoom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="71" />
        <source>Lasso</source>
        <translation>Lasso</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="71" />
        <source>Draw a lasso around cells to select them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="72" />
        <source>Box</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="72" />
        <source>Drag a rectangle to select cells</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="74" />
        <source>Reset view</source>
        <translation>Ansicht zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="77" />
        <source>Embedding:</source>
        <translation>Einbettung:</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="79" />
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="82" />
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="84" />
        <source>Opacity:</source>
        <translation>Deckkraft:</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="89" />
        <source>Untick a category to hide its cells</source>
        <translation>Kategorie abwählen, um ihre Zellen auszublenden</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::MainWindow</name>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="60" />
        <source>Embedding</source>
        <translation>Einbettung</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="61" />
        <source>Markers</source>
        <translation>Marker</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="66" />
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="71" />
        <source>&lt;opened&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="72" />
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="78" />
        <location filename="../ui/app/MainWindow.cpp" line="110" />
        <source>No selection</source>
        <translation>Keine Auswahl</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="84" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="107" />
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/app/MainWindow.cpp" line="110" />
        <source>%n cell(s) selected</source>
        <translation>
            <numerusform>%n Zelle ausgewählt</numerusform><numerusform>%n Zellen ausgewählt</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="132" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="133" />
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="134" />
        <source>Open &amp;10x folder…</source>
        <translation>&amp;10x-Ordner öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="134" />
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="136" />
        <source>Open &amp;example dataset</source>
        <translation>&amp;Beispieldatensatz öffnen</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="137" />
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="140" />
        <source>&amp;Save session…</source>
        <translation>Sitzung &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="141" />
        <source>&amp;Export annotated h5ad…</source>
        <translation>Annotiertes h5ad &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="142" />
        <source>Export &amp;obs table as CSV…</source>
        <translation>&amp;obs-Tabelle als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="143" />
        <source>Export &amp;markers table as CSV…</source>
        <translation>&amp;Marker-Tabelle als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="144" />
        <source>Export &amp;plot…</source>
        <translation>&amp;Grafik exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="144" />
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="146" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="148" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="149" />
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="151" />
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="156" />
        <source>&amp;Relabel selected cells…</source>
        <translation>Ausgewählte Zellen &amp;umbenennen…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="156" />
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="157" />
        <source>&amp;Save selection as category…</source>
        <translation>Auswahl als Kategorie &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="157" />
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="159" />
        <source>Re&amp;name or merge category…</source>
        <translation>Kategorie umbe&amp;nennen oder zusammenführen…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="160" />
        <source>Select by &amp;gene expression…</source>
        <translation>Nach &amp;Genexpression auswählen…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="160" />
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="161" />
        <source>&amp;Clear selection</source>
        <translation>Auswahl &amp;aufheben</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="161" />
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="163" />
        <source>&amp;Analysis</source>
        <translation>&amp;Analyse</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="164" />
        <source>Compute &amp;PCA</source>
        <translation>&amp;PCA berechnen</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="165" />
        <source>Find &amp;marker genes</source>
        <translation>&amp;Markergene finden</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="165" />
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="169" />
        <source>Compute &amp;UMAP</source>
        <translation>&amp;UMAP berechnen</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="169" />
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="171" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="173" />
        <source>&amp;Reset zoom</source>
        <translation>&amp;Zoom zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="173" />
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="175" />
        <source>&amp;Preferences</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="175" />
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="178" />
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="186" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="186" />
        <source>The new language is used after a restart of scDiff Studio.</source>
        <translation>Die neue Sprache wird nach einem Neustart von scDiff Studio verwendet.</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="190" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="191" />
        <source>&amp;About scDiff Studio</source>
        <translation>&amp;Über scDiff Studio</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="203" />
        <source>untitled</source>
        <translation>unbenannt</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="204" />
        <source>no dataset</source>
        <translation>kein Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="227" />
        <source>Cannot save the session</source>
        <translation>Die Sitzung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="229" />
        <source>The dataset was not opened from a file; export it as h5ad first.</source>
        <translation>Der Datensatz wurde nicht aus einer Datei geöffnet; bitte zuerst als h5ad exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="241" />
        <source>Cannot open the session</source>
        <translation>Die Sitzung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="241" />
        <source>%1 is not a readable session file (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="251" />
        <source>Apply the session's edits</source>
        <translation>Änderungen der Sitzung anwenden</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="253" />
        <source>Set %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="264" />
        <source>Cannot apply the session</source>
        <translation>Die Sitzung kann nicht angewendet werden</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="270" />
        <source>Save session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="271" />
        <source>scDiff sessions (*.scdiffsession)</source>
        <translation>scDiff-Sitzungen (*.scdiffsession)</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="279" />
        <source>Opening %1</source>
        <translation>Öffne %1</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="284" />
        <source>Cannot open the file</source>
        <translation>Die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="299" />
        <source>Generating example data</source>
        <translation>Erzeuge Beispieldaten</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="306" />
        <source>Cannot create the example dataset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="317" />
        <source>Computing UMAP</source>
        <translation>Berechne UMAP</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="317" />
        <source>Computing PCA</source>
        <translation>Berechne PCA</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="320" />
        <source>Cannot compute the embedding</source>
        <translation>Die Einbettung kann nicht berechnet werden</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="340" />
        <source>Writing %1</source>
        <translation>Schreibe %1</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="344" />
        <source>Cannot export the dataset</source>
        <translation>Der Datensatz kann nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="352" />
        <source>Cannot export the table</source>
        <translation>Die Tabelle kann nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="464" />
        <source>Datasets and sessions (*.h5ad *.csv *.tsv *.txt *.scdiffsession);;All files (*)</source>
        <translation>Datensätze und Sitzungen (*.h5ad *.csv *.tsv *.txt *.scdiffsession);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="230" />
        <location filename="../ui/app/MainWindow.cpp" line="352" />
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="375" />
        <location filename="../ui/app/MainWindow.cpp" line="397" />
        <source>Cannot export the plot</source>
        <translation>Die Grafik kann nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="375" />
        <source>The current tab shows a table, not a plot; export it as CSV instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="397" />
        <source>Cannot write %1 (use .png, .svg or .pdf).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="407" />
        <source>Export markers table</source>
        <translation>Marker-Tabelle exportieren</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="408" />
        <location filename="../ui/app/MainWindow.cpp" line="484" />
        <source>CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="419" />
        <source>Cannot relabel</source>
        <translation>Umbenennen nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="430" />
        <source>Cannot save the selection</source>
        <translation>Die Auswahl kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="441" />
        <source>Cannot rename the category</source>
        <translation>Die Kategorie kann nicht umbenannt werden</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="450" />
        <source>Cannot select by gene</source>
        <translation>Auswahl nach Gen nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="450" />
        <source>There is no gene named "%1" in this dataset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="463" />
        <source>Open dataset</source>
        <translation>Datensatz öffnen</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="469" />
        <source>Open 10x folder</source>
        <translation>10x-Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="478" />
        <source>Export annotated h5ad</source>
        <translation>Annotiertes h5ad exportieren</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="478" />
        <source>AnnData (*.h5ad)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="483" />
        <source>Export obs table</source>
        <translation>obs-Tabelle exportieren</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="490" />
        <location filename="../ui/app/MainWindow.cpp" line="509" />
        <source>Export plot</source>
        <translation>Grafik exportieren</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="501" />
        <source>Width (px):</source>
        <translation>Breite (px):</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="502" />
        <source>Height (px):</source>
        <translation>Höhe (px):</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="503" />
        <source>Resolution (dpi):</source>
        <translation>Auflösung (dpi):</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="510" />
        <source>PNG (*.png);;SVG (*.svg);;PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="519" />
        <location filename="../ui/app/MainWindow.cpp" line="522" />
        <source>Relabel selected cells</source>
        <translation>Ausgewählte Zellen umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="519" />
        <source>Column (or type a new one):</source>
        <translation>Spalte (oder eine neue eingeben):</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="522" />
        <source>New label:</source>
        <translation>Neue Bezeichnung:</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="529" />
        <source>Save selection as category</source>
        <translation>Auswahl als Kategorie speichern</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="529" />
        <source>New obs column name:</source>
        <translation>Name der neuen obs-Spalte:</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="530" />
        <source>selection</source>
        <translation>auswahl</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="539" />
        <location filename="../ui/app/MainWindow.cpp" line="544" />
        <location filename="../ui/app/MainWindow.cpp" line="546" />
        <source>Rename category</source>
        <translation>Kategorie umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="539" />
        <source>Column:</source>
        <translation>Spalte:</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="544" />
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="547" />
        <source>New name (an existing name merges the two):</source>
        <translation>Neuer Name (ein vorhandener Name führt beide zusammen):</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="553" />
        <source>Select by gene expression</source>
        <translation>Nach Genexpression auswählen</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="561" />
        <source>Gene:</source>
        <translation>Gen:</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="562" />
        <source>Comparison:</source>
        <translation>Vergleich:</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="563" />
        <source>Threshold:</source>
        <translation>Schwellenwert:</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="575" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="577" />
        <source>&lt;b&gt;scDiff Studio&lt;/b&gt; %1&lt;br&gt;Single-cell data exploration and the scDiff diffusion model.&lt;br&gt;&lt;br&gt;Qt %2&lt;br&gt;HDF5 %3&lt;br&gt;LibTorch %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="582" />
        <source>About scDiff Studio</source>
        <translation>Über scDiff Studio</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="586" />
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="587" />
        <source>The annotations were changed. Export them before closing?</source>
        <translation>Die Annotationen wurden geändert. Vor dem Schließen exportieren?</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::MarkerPanel</name>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="29" />
        <source>Genes, separated by commas or spaces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="31" />
        <source>Gene shown in the violin plot</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="32" />
        <source>Find top markers</source>
        <translation>Top-Marker finden</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="40" />
        <source>Dot plot</source>
        <translation>Punktdiagramm</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="41" />
        <source>Violin</source>
        <translation>Violine</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="42" />
        <source>Heat map</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="43" />
        <source>Top markers</source>
        <translation>Top-Marker</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="46" />
        <source>Group by:</source>
        <translation>Gruppieren nach:</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="48" />
        <source>Genes:</source>
        <translation>Gene:</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="51" />
        <source>Violin gene:</source>
        <translation>Violinen-Gen:</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="125" />
        <source>Cannot draw the marker plots</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="140" />
        <source>Ranking marker genes</source>
        <translation>Ordne Markergene</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="149" />
        <source>Cannot rank marker genes</source>
        <translation>Markergene können nicht geordnet werden</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="163" />
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="163" />
        <source>rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="163" />
        <source>gene</source>
        <translation>Gen</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="163" />
        <source>score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="163" />
        <source>log2 fold change</source>
        <translation>log2-Fold-Change</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="164" />
        <source>p-value</source>
        <translation>p-Wert</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="164" />
        <source>adjusted p-value</source>
        <translation>adjustierter p-Wert</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="164" />
        <source>mean in group</source>
        <translation>Mittelwert in Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="164" />
        <source>fraction expressing</source>
        <translation>Anteil exprimierend</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="196" />
        <source>Cannot export the markers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="196" />
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>