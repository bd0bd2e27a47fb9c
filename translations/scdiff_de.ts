<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Autosave</name>
    <message>
        <location filename="../ui/app/Autosave.cpp" line="173"/>
        <source>Restore the last session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/Autosave.cpp" line="174"/>
        <source>scDiff Studio did not close normally. Its session of %1, saved at %2, can be restored: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/Autosave.cpp" line="179"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/Autosave.cpp" line="180"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/Autosave.cpp" line="181"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/Autosave.cpp" line="194"/>
        <source>The session can be restored once the running job ends: File &gt; Open… %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <location filename="../ui/io/CsvWriter.cpp" line="71"/>
        <source>the disk may be full (the table was not completely written); an existing file of that name was left as it was</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataAccess</name>
    <message>
        <location filename="../ui/models/DataAccess.cpp" line="47"/>
        <source>string</source>
        <translation type="unfinished">Zeichenkette</translation>
    </message>
    <message>
        <location filename="../ui/models/DataAccess.cpp" line="49"/>
        <source>categorical (%1)</source>
        <translation type="unfinished">kategorial (%1)</translation>
    </message>
    <message>
        <location filename="../ui/models/DataAccess.cpp" line="53"/>
        <source>nullable integer</source>
        <translation type="unfinished">Ganzzahl mit fehlenden Werten</translation>
    </message>
    <message>
        <location filename="../ui/models/DataAccess.cpp" line="55"/>
        <source>nullable boolean</source>
        <translation type="unfinished">Wahrheitswert mit fehlenden Werten</translation>
    </message>
    <message>
        <location filename="../ui/models/DataAccess.cpp" line="57"/>
        <source>nullable string</source>
        <translation type="unfinished">Zeichenkette mit fehlenden Werten</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <location filename="../ui/common/DisplayNames.cpp" line="10"/>
        <source>Annotation</source>
        <translation type="unfinished">Annotation</translation>
    </message>
    <message>
        <location filename="../ui/common/DisplayNames.cpp" line="12"/>
        <source>Imputation</source>
        <translation type="unfinished">Imputation</translation>
    </message>
    <message>
        <location filename="../ui/common/DisplayNames.cpp" line="14"/>
        <source>Perturbation</source>
        <translation type="unfinished">Perturbation</translation>
    </message>
    <message>
        <location filename="../ui/common/DisplayNames.cpp" line="16"/>
        <source>Gene perturbation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/DisplayNames.cpp" line="24"/>
        <source>annotation</source>
        <comment>task name inside a sentence</comment>
        <translation type="unfinished">Annotation</translation>
    </message>
    <message>
        <location filename="../ui/common/DisplayNames.cpp" line="26"/>
        <source>imputation</source>
        <comment>task name inside a sentence</comment>
        <translation type="unfinished">Imputation</translation>
    </message>
    <message>
        <location filename="../ui/common/DisplayNames.cpp" line="28"/>
        <source>perturbation</source>
        <comment>task name inside a sentence</comment>
        <translation type="unfinished">Perturbation</translation>
    </message>
    <message>
        <location filename="../ui/common/DisplayNames.cpp" line="30"/>
        <source>gene perturbation</source>
        <comment>task name inside a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/DisplayNames.cpp" line="38"/>
        <source>raw counts</source>
        <translation type="unfinished">Rohzählwerte</translation>
    </message>
    <message>
        <location filename="../ui/common/DisplayNames.cpp" line="40"/>
        <source>log-normalised</source>
        <translation type="unfinished">log-normalisiert</translation>
    </message>
    <message>
        <location filename="../ui/common/DisplayNames.cpp" line="42"/>
        <source>scaled or other values</source>
        <translation type="unfinished">skalierte oder andere Werte</translation>
    </message>
    <message>
        <location filename="../ui/common/DisplayNames.cpp" line="44"/>
        <source>empty</source>
        <translation type="unfinished">leer</translation>
    </message>
</context>
<context>
    <name>PlotExporter</name>
    <message>
        <location filename="../ui/io/PlotExporter.cpp" line="65"/>
        <source>Cannot write %1: use .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/io/PlotExporter.cpp" line="74"/>
        <source>Cannot draw the figure for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/jobs/JobRunner.cpp" line="82"/>
        <source>An unexpected error stopped the operation.</source>
        <translation type="unfinished">Ein unerwarteter Fehler hat den Vorgang beendet.</translation>
    </message>
    <message>
        <location filename="../ui/plots/MarkerPlots.cpp" line="122"/>
        <source>gene (dot area: fraction of cells expressing)</source>
        <translation type="unfinished">Gen (Punktfläche: Anteil exprimierender Zellen)</translation>
    </message>
    <message>
        <location filename="../ui/plots/MarkerPlots.cpp" line="124"/>
        <source>mean expression
(scaled per gene)</source>
        <translation type="unfinished">mittlere Expression
(je Gen skaliert)</translation>
    </message>
    <message>
        <location filename="../ui/plots/MarkerPlots.cpp" line="142"/>
        <source>%1 expression</source>
        <translation type="unfinished">Expression von %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/plots/MarkerPlots.cpp" line="175"/>
        <source>%1 (%n)</source>
        <translation type="unfinished">
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/plots/MarkerPlots.cpp" line="175"/>
        <source>%1
%n cell(s)</source>
        <translation type="unfinished">
            <numerusform>%1
%n Zelle</numerusform>
            <numerusform>%1
%n Zellen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/plots/MarkerPlots.cpp" line="286"/>
        <source>cells grouped by %1</source>
        <translation type="unfinished">Zellen gruppiert nach %1</translation>
    </message>
    <message>
        <location filename="../ui/plots/MarkerPlots.cpp" line="289"/>
        <source>expression
(scaled per gene)</source>
        <translation type="unfinished">Expression
(je Gen skaliert)</translation>
    </message>
    <message>
        <location filename="../ui/session/Commands.cpp" line="87"/>
        <source>Normalise X (1e4 per cell, log1p; counts kept in layers[&apos;counts&apos;])</source>
        <translation type="unfinished">X normalisieren (1e4 pro Zelle, log1p; Counts bleiben in layers[&apos;counts&apos;])</translation>
    </message>
    <message>
        <location filename="../ui/session/Commands.cpp" line="97"/>
        <source>Log-transform X (each cell rescaled to 10,000, log1p; values kept in layers[&apos;abundance&apos;])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/Commands.cpp" line="99"/>
        <source>Log-transform X (log1p; values kept in layers[&apos;abundance&apos;])</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/Commands.cpp" line="207"/>
        <source>Relabel %n cell(s) as %1</source>
        <translation type="unfinished">
            <numerusform>%n Zelle in %1 umbenennen</numerusform>
            <numerusform>%n Zellen in %1 umbenennen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/Commands.cpp" line="212"/>
        <source>Save selection as %1</source>
        <translation type="unfinished">Auswahl als %1 speichern</translation>
    </message>
    <message>
        <location filename="../ui/session/Commands.cpp" line="219"/>
        <source>Rename %1 to %2</source>
        <translation type="unfinished">%1 in %2 umbenennen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/Commands.cpp" line="240"/>
        <source>Annotate %n cell(s) with the scDiff model</source>
        <translation type="unfinished">
            <numerusform>%n Zelle mit dem scDiff-Modell annotieren</numerusform>
            <numerusform>%n Zellen mit dem scDiff-Modell annotieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/Commands.cpp" line="258"/>
        <source>Impute %n cell(s) with the scDiff model</source>
        <translation type="unfinished">
            <numerusform>%n Zelle mit dem scDiff-Modell imputieren</numerusform>
            <numerusform>%n Zellen mit dem scDiff-Modell imputieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/Commands.cpp" line="294"/>
        <source>Accept the predictions of %n cell(s) into %1</source>
        <translation type="unfinished">
            <numerusform>Vorhersage für %n Zelle in %1 übernehmen</numerusform>
            <numerusform>Vorhersagen für %n Zellen in %1 übernehmen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="36"/>
        <source>agrees</source>
        <translation type="unfinished">stimmt überein</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="36"/>
        <source>disagrees</source>
        <translation type="unfinished">weicht ab</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="36"/>
        <source>no label</source>
        <translation type="unfinished">keine Bezeichnung</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="79"/>
        <source>%1 (not in this dataset)</source>
        <translation type="unfinished">%1 (nicht in diesem Datensatz)</translation>
    </message>
</context>
<context>
    <name>RestoreSession</name>
    <message>
        <location filename="../ui/session/RestoreSession.cpp" line="48"/>
        <source>Apply the session&apos;s changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message numerus="yes">
        <location filename="../ui/session/SessionFile.cpp" line="208"/>
        <source>%n changed cell column(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/SessionFile.cpp" line="210"/>
        <source>the layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/SessionFile.cpp" line="211"/>
        <source>embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/SessionFile.cpp" line="213"/>
        <source>the normalisation of X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/SessionFile.cpp" line="215"/>
        <source>the log-transform of X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/session/SessionFile.cpp" line="216"/>
        <source>a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/SessionFile.cpp" line="219"/>
        <source>%n perturbation prediction(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/SessionFile.cpp" line="221"/>
        <source>%n run(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/SessionFile.cpp" line="222"/>
        <source>no changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio/studio_main.cpp" line="43"/>
        <source>Explore and annotate single-cell datasets.</source>
        <translation type="unfinished">Einzelzell-Datensätze erkunden und annotieren.</translation>
    </message>
    <message>
        <location filename="../app/studio/studio_main.cpp" line="46"/>
        <source>A .h5ad file, 10x folder or CSV to open.</source>
        <translation type="unfinished">Zu öffnende .h5ad-Datei, 10x-Ordner oder CSV-Datei.</translation>
    </message>
    <message>
        <location filename="../app/studio/studio_main.cpp" line="49"/>
        <source>Save a PNG of the window once the file is open, then quit (for documentation and for checking an installation without a display).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/studio_main.cpp" line="55"/>
        <source>Open the .h5ad file backed, for data larger than memory: X stays in the file and is read as needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scdiff::ui::AnnotateTask</name>
    <message>
        <location filename="../ui/tasks/ModelTasks.cpp" line="92"/>
        <source>Annotating with the scDiff model</source>
        <translation type="unfinished">Annotiere mit dem scDiff-Modell</translation>
    </message>
    <message>
        <location filename="../ui/tasks/ModelTasks.cpp" line="92"/>
        <source>Cannot annotate</source>
        <translation type="unfinished">Annotieren nicht möglich</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::AnnotationResultsPanel</name>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="46"/>
        <source>n/a</source>
        <translation type="unfinished">k. A.</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="64"/>
        <source>Show agreement on embedding</source>
        <translation type="unfinished">Übereinstimmung in der Einbettung zeigen</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="67"/>
        <source>Colours the embedding by whether the prediction agrees with the reference column</source>
        <translation type="unfinished">Färbt die Einbettung danach, ob die Vorhersage mit der Referenzspalte übereinstimmt</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="72"/>
        <source>Reference column:</source>
        <translation type="unfinished">Referenzspalte:</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="86"/>
        <source>Confusion matrix</source>
        <translation type="unfinished">Konfusionsmatrix</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="91"/>
        <source>Class</source>
        <translation type="unfinished">Klasse</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="91"/>
        <source>Precision</source>
        <translation type="unfinished">Präzision</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="91"/>
        <source>Recall</source>
        <translation type="unfinished">Trefferquote</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="91"/>
        <source>F1</source>
        <translation type="unfinished">F1</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="91"/>
        <source>Support</source>
        <translation type="unfinished">Anzahl</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="91"/>
        <source>Training</source>
        <translation type="unfinished">Training</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="96"/>
        <source>Export table as CSV…</source>
        <translation type="unfinished">Tabelle als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="99"/>
        <source>Export per-class metrics</source>
        <translation type="unfinished">Metriken je Klasse exportieren</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="100"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished">CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="122"/>
        <source>Select low-confidence cells</source>
        <translation type="unfinished">Zellen mit geringer Konfidenz auswählen</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="123"/>
        <source>Selects the cells whose confidence (scdiff_confidence) is below the threshold</source>
        <translation type="unfinished">Wählt die Zellen aus, deren Konfidenz (scdiff_confidence) unter dem Schwellenwert liegt</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="129"/>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="167"/>
        <source>only the selected cells</source>
        <translation type="unfinished">nur die ausgewählten Zellen</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="131"/>
        <source>Accept predictions into…</source>
        <translation type="unfinished">Vorhersagen übernehmen in…</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="132"/>
        <source>Copies scdiff_cell_type into the chosen (or a new) obs column as one undoable step</source>
        <translation type="unfinished">Kopiert scdiff_cell_type in einem rückgängig machbaren Schritt in die gewählte (oder eine neue) obs-Spalte</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="136"/>
        <source>Confidence below</source>
        <translation type="unfinished">Konfidenz unter</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="166"/>
        <source>only the %n selected cell(s)</source>
        <translation type="unfinished">
            <numerusform>nur die %n ausgewählte Zelle</numerusform>
            <numerusform>nur die %n ausgewählten Zellen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="220"/>
        <source>Annotate with a model (Model &gt; Annotate with model) to see how its predictions agree with a reference column.</source>
        <translation type="unfinished">Annotieren Sie mit einem Modell (Modell &gt; Mit Modell annotieren), um zu sehen, wie gut seine Vorhersagen mit einer Referenzspalte übereinstimmen.</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="223"/>
        <source>Choose a reference obs column to compare the predictions with.</source>
        <translation type="unfinished">Wählen Sie eine obs-Referenzspalte, mit der die Vorhersagen verglichen werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="242"/>
        <source>%n cell(s) compared; accuracy %1</source>
        <translation type="unfinished">
            <numerusform>%n Zelle verglichen; Genauigkeit %1</numerusform>
            <numerusform>%n Zellen verglichen; Genauigkeit %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="243"/>
        <source>%n cell(s) compared; accuracy %1 (cells without a label skipped: %2)</source>
        <translation type="unfinished">
            <numerusform>%n Zelle verglichen; Genauigkeit %1 (übersprungene Zellen ohne Bezeichnung: %2)</numerusform>
            <numerusform>%n Zellen verglichen; Genauigkeit %1 (übersprungene Zellen ohne Bezeichnung: %2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="250"/>
        <source>Macro accuracy: %1</source>
        <translation type="unfinished">Makro-Genauigkeit: %1</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="251"/>
        <source>Macro F1: %1</source>
        <translation type="unfinished">Makro-F1: %1</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="315"/>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="322"/>
        <source>cells</source>
        <translation type="unfinished">Zellen</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="353"/>
        <source>predicted (%1)</source>
        <translation type="unfinished">vorhergesagt (%1)</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="354"/>
        <source>reference (%1)</source>
        <translation type="unfinished">Referenz (%1)</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="361"/>
        <source>trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="362"/>
        <source>fine-tuned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="363"/>
        <source>zero-shot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="364"/>
        <source>no training cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="369"/>
        <source>First learnt from the few cells the model was fine-tuned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="371"/>
        <source>No training cell: the model knows this type only through its row of the cell-type table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="374"/>
        <source>No training cell and no text table: its predictions carry no information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="404"/>
        <source>Predicted but absent from the reference; not part of the macro averages</source>
        <translation type="unfinished">Vorhergesagt, aber nicht in der Referenz; nicht Teil der Makro-Mittelwerte</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="412"/>
        <source>macro average</source>
        <translation type="unfinished">Makro-Mittelwert</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="424"/>
        <source>Cannot select cells</source>
        <translation type="unfinished">Zellen können nicht ausgewählt werden</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="425"/>
        <source>There is no confidence column; annotate with the model first.</source>
        <translation type="unfinished">Es gibt keine Konfidenzspalte; annotieren Sie zuerst mit dem Modell.</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="448"/>
        <source>Cannot accept the predictions</source>
        <translation type="unfinished">Die Vorhersagen können nicht übernommen werden</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="455"/>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="460"/>
        <source>Cannot export the table</source>
        <translation type="unfinished">Die Tabelle kann nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="455"/>
        <source>There are no annotation results to export.</source>
        <translation type="unfinished">Es gibt keine Annotationsergebnisse zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="460"/>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished">%1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::ClusterTask</name>
    <message>
        <location filename="../ui/tasks/DatasetTasks.cpp" line="72"/>
        <source>Clustering cells (Leiden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/DatasetTasks.cpp" line="72"/>
        <source>Cannot cluster the cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tasks/DatasetTasks.cpp" line="96"/>
        <source>Leiden clustering at resolution %1 (%n cluster(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scdiff::ui::DataFrameModel</name>
    <message>
        <location filename="../ui/models/DataFrameModel.cpp" line="47"/>
        <source>Column %1: %2</source>
        <translation type="unfinished">Spalte %1: %2</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::DatasetPanel</name>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="28"/>
        <source>sparse %1 × %2, %3 stored</source>
        <translation type="unfinished">dünn besetzte Matrix %1 × %2, %3 Werte gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="34"/>
        <source>strings (%1)</source>
        <translation type="unfinished">Zeichenketten (%1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="51"/>
        <source>Element</source>
        <translation type="unfinished">Element</translation>
    </message>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="51"/>
        <source>Content</source>
        <translation type="unfinished">Inhalt</translation>
    </message>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="55"/>
        <source>Summary</source>
        <translation type="unfinished">Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="56"/>
        <source>Cells (obs)</source>
        <translation type="unfinished">Zellen (obs)</translation>
    </message>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="57"/>
        <source>Genes (var)</source>
        <translation type="unfinished">Gene (var)</translation>
    </message>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="71"/>
        <source>Filter rows (text in any column)…</source>
        <translation type="unfinished">Zeilen filtern (Text in beliebiger Spalte)…</translation>
    </message>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="98"/>
        <source>Shape</source>
        <translation type="unfinished">Form</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/DatasetPanel.cpp" line="98"/>
        <source>%Ln cell(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln Zelle</numerusform>
            <numerusform>%Ln Zellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/DatasetPanel.cpp" line="99"/>
        <location filename="../ui/panels/DatasetPanel.cpp" line="120"/>
        <source>%Ln gene(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln Gen</numerusform>
            <numerusform>%Ln Gene</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="102"/>
        <source>in %1, read as needed (opened backed)</source>
        <comment>X of a dataset larger than memory</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="107"/>
        <source>%1 (sparse)</source>
        <comment>what X holds, stored as a sparse matrix</comment>
        <translation type="unfinished">%1 (dünn besetzt)</translation>
    </message>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="100"/>
        <source>absent</source>
        <translation type="unfinished">nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="109"/>
        <source>X</source>
        <translation type="unfinished">X</translation>
    </message>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="111"/>
        <source>layers</source>
        <translation type="unfinished">layers</translation>
    </message>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="113"/>
        <source>obsm</source>
        <translation type="unfinished">obsm</translation>
    </message>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="115"/>
        <source>obsp</source>
        <translation type="unfinished">obsp</translation>
    </message>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="117"/>
        <source>uns</source>
        <translation type="unfinished">uns</translation>
    </message>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="120"/>
        <source>raw</source>
        <translation type="unfinished">raw</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::DatasetTask</name>
    <message>
        <location filename="../ui/tasks/Task.cpp" line="17"/>
        <source>The dataset was replaced while this ran (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scdiff::ui::EmbeddingTask</name>
    <message>
        <location filename="../ui/tasks/DatasetTasks.cpp" line="51"/>
        <source>Computing UMAP</source>
        <translation type="unfinished">Berechne UMAP</translation>
    </message>
    <message>
        <location filename="../ui/tasks/DatasetTasks.cpp" line="51"/>
        <source>Computing PCA</source>
        <translation type="unfinished">Berechne PCA</translation>
    </message>
    <message>
        <location filename="../ui/tasks/DatasetTasks.cpp" line="51"/>
        <source>Cannot compute the embedding</source>
        <translation type="unfinished">Die Einbettung kann nicht berechnet werden</translation>
    </message>
    <message>
        <location filename="../ui/tasks/DatasetTasks.cpp" line="65"/>
        <source>Compute UMAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/DatasetTasks.cpp" line="65"/>
        <source>Compute PCA</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scdiff::ui::EmbeddingView</name>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="49"/>
        <location filename="../ui/plots/EmbeddingView.cpp" line="209"/>
        <source>dimension 1</source>
        <translation type="unfinished">Dimension 1</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="50"/>
        <location filename="../ui/plots/EmbeddingView.cpp" line="210"/>
        <source>dimension 2</source>
        <translation type="unfinished">Dimension 2</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="56"/>
        <source>Embedding (obsm key)</source>
        <translation type="unfinished">Einbettung (obsm-Schlüssel)</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="58"/>
        <source>Colour cells by an obs column</source>
        <translation type="unfinished">Zellen nach einer obs-Spalte färben</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="61"/>
        <source>Colour by gene…</source>
        <translation type="unfinished">Nach Gen färben…</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="70"/>
        <source>Point size (pixels)</source>
        <translation type="unfinished">Punktgröße (Pixel)</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="75"/>
        <source>Opacity</source>
        <translation type="unfinished">Deckkraft</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="88"/>
        <source>Pan/Zoom</source>
        <translation type="unfinished">Verschieben/Zoomen</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="88"/>
        <source>Drag to pan, wheel to zoom</source>
        <translation type="unfinished">Ziehen zum Verschieben, Mausrad zum Zoomen</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="89"/>
        <source>Lasso</source>
        <translation type="unfinished">Lasso</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="89"/>
        <source>Draw a lasso around cells to select them</source>
        <translation type="unfinished">Ein Lasso um Zellen ziehen, um sie auszuwählen</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="90"/>
        <source>Box</source>
        <translation type="unfinished">Rechteck</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="90"/>
        <source>Drag a rectangle to select cells</source>
        <translation type="unfinished">Ein Rechteck aufziehen, um Zellen auszuwählen</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="92"/>
        <source>Reset view</source>
        <translation type="unfinished">Ansicht zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="95"/>
        <source>Embedding:</source>
        <translation type="unfinished">Einbettung:</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="97"/>
        <source>Colour:</source>
        <translation type="unfinished">Farbe:</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="100"/>
        <source>Size:</source>
        <translation type="unfinished">Größe:</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="102"/>
        <source>Opacity:</source>
        <translation type="unfinished">Deckkraft:</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="107"/>
        <source>Untick a category to hide its cells</source>
        <translation type="unfinished">Kategorie abwählen, um ihre Zellen auszublenden</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="112"/>
        <source>This dataset has no embedding yet: use Analysis &gt; Compute UMAP (or Compute PCA) to draw its cells.</source>
        <translation type="unfinished">Dieser Datensatz hat noch keine Einbettung: Analyse &gt; UMAP berechnen (oder PCA berechnen) zeichnet seine Zellen.</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="280"/>
        <source>%1 vs %2</source>
        <translation type="unfinished">%1 vs. %2</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::EvaluationView</name>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="26"/>
        <source>n/a</source>
        <translation type="unfinished">k. A.</translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="30"/>
        <source>Macro accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="31"/>
        <source>Macro F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="32"/>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="33"/>
        <source>ECE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="34"/>
        <source>Pearson</source>
        <translation type="unfinished">Pearson</translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="35"/>
        <source>RMSE</source>
        <translation type="unfinished">RMSE</translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="36"/>
        <source>Median-cell Pearson</source>
        <translation type="unfinished">Pearson (Median über Zellen)</translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="37"/>
        <source>R² top-100 DE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="38"/>
        <source>R² all genes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="44"/>
        <source>Mean over cell types of the fraction of test cells called right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="45"/>
        <source>Mean over cell types of the F1 score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="46"/>
        <source>Fraction of all test cells called right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="48"/>
        <source>Expected calibration error of scDiff&apos;s confidence (0 = confidence equals accuracy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="50"/>
        <source>Pearson correlation of the hidden true values and the imputed values</source>
        <translation type="unfinished">Pearson-Korrelation zwischen den verborgenen wahren Werten und den imputierten Werten</translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="52"/>
        <source>Root mean squared error on the hidden entries (log-normalised scale)</source>
        <translation type="unfinished">Wurzel der mittleren quadratischen Abweichung auf den verborgenen Einträgen (log-normalisierte Skala)</translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="54"/>
        <source>Median over cells (with at least two hidden entries) of the per-cell Pearson correlation</source>
        <translation type="unfinished">Median der Pearson-Korrelation je Zelle über die Zellen (mit mindestens zwei verborgenen Einträgen)</translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="57"/>
        <source>Squared Pearson of the predicted and true mean change over the 100 genes that change most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="60"/>
        <source>Squared Pearson of the predicted and true mean change over all genes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="123"/>
        <source>scDiff and the baselines on the same splits in the same run (mean ± sd over the runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="130"/>
        <source>Protocol: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="160"/>
        <source>scDiff confidence (probability of the predicted type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="161"/>
        <source>accuracy of the cells in the bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="163"/>
        <source>The report has no test cells to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="168"/>
        <source>accuracy per confidence bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="183"/>
        <source>Reliability of scDiff&apos;s confidence over %1 test cells: mean confidence %2, accuracy %3, ECE %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="219"/>
        <source>true value (log-normalised)</source>
        <translation type="unfinished">wahrer Wert (log-normalisiert)</translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="220"/>
        <source>scDiff imputed value (log-normalised)</source>
        <translation type="unfinished">von scDiff imputierter Wert (log-normalisiert)</translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="225"/>
        <source>The report has no hidden entries to show</source>
        <translation type="unfinished">Der Bericht enthält keine verborgenen Einträge zum Anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="239"/>
        <source>hidden entries</source>
        <translation type="unfinished">verborgene Einträge</translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="242"/>
        <source>%1 on the hidden entries of run 1: Pearson %2, RMSE %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="243"/>
        <source>%1 on the hidden entries: Pearson %2, RMSE %3</source>
        <translation type="unfinished">%1 auf den verborgenen Einträgen: Pearson %2, RMSE %3</translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="250"/>
        <source>%1 of %2 hidden entries shown (evenly spaced)</source>
        <translation type="unfinished">%1 von %2 verborgenen Einträgen angezeigt (gleichmäßig verteilt)</translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="258"/>
        <source>true mean change (stimulated − control)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="259"/>
        <source>scDiff predicted mean change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="264"/>
        <source>The report has no predicted change to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="273"/>
        <source>genes</source>
        <translation type="unfinished">Gene</translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="275"/>
        <source>%1 held out (run 1): R² top-100 DE %2, all genes %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="286"/>
        <source>Method</source>
        <translation type="unfinished">Methode</translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="288"/>
        <source>Seconds</source>
        <translation type="unfinished">Sekunden</translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="290"/>
        <source>scDiff and the baselines, on the same splits in the same run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="294"/>
        <source>Training and inference time (mean per run)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scdiff::ui::FineTuneDialog</name>
    <message>
        <location filename="../ui/train/FineTuneDialog.cpp" line="19"/>
        <source>had training cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/FineTuneDialog.cpp" line="20"/>
        <source>fine-tuned before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/FineTuneDialog.cpp" line="21"/>
        <source>new to the model: so far zero-shot, through its table row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/FineTuneDialog.cpp" line="22"/>
        <source>new to the model: its class vector was never trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/FineTuneDialog.cpp" line="29"/>
        <source>Fine-tune on selected cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/train/FineTuneDialog.cpp" line="34"/>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt;: %Ln cell(s), %2&lt;/li&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/train/FineTuneDialog.cpp" line="38"/>
        <source>Continues training the model on the %Ln selected cell(s), labelled by obs[&apos;%1&apos;]:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/train/FineTuneDialog.cpp" line="42"/>
        <source>A few cells move a network far: the other types can lose accuracy. Annotate again and compare; Edit &gt; Undo does not undo a fine-tuning, so save the model first if you want to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/FineTuneDialog.cpp" line="60"/>
        <source>Automatic (%1 here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/FineTuneDialog.cpp" line="63"/>
        <source>A share of the model&apos;s learning rate. Automatic: %1 while a type has fewer than %2 cells here, else 1 (the model&apos;s rate); a handful of cells at the full rate makes the model forget what it knew of a rare type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/FineTuneDialog.cpp" line="68"/>
        <source>Train only the cell-type conditioner (the rest of the network frozen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/FineTuneDialog.cpp" line="72"/>
        <source>The few cells then cannot move what the model knows of the other types; see docs/prior_knowledge.md for how the two compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/FineTuneDialog.cpp" line="74"/>
        <source>Annotate the dataset again when it is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/FineTuneDialog.cpp" line="78"/>
        <source>Epochs over these cells:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/FineTuneDialog.cpp" line="79"/>
        <source>Learning rate (share of the model&apos;s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/FineTuneDialog.cpp" line="81"/>
        <source>Fine-tune</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scdiff::ui::FineTuneTask</name>
    <message numerus="yes">
        <location filename="../ui/tasks/ModelTasks.cpp" line="63"/>
        <source>Fine-tuning the scDiff model on %n cell(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tasks/ModelTasks.cpp" line="64"/>
        <source>Cannot fine-tune the model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scdiff::ui::GeneGraphBox</name>
    <message>
        <location filename="../ui/train/GeneGraphBox.cpp" line="24"/>
        <source>Gene Ontology (Debian&apos;s org.Hs.eg.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/GeneGraphBox.cpp" line="25"/>
        <source>Edge-list file (gene_a, gene_b, weight)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/GeneGraphBox.cpp" line="27"/>
        <source>Gene Ontology: two genes are linked by the Jaccard index of their GO terms, each gene keeps its 20 most similar genes (GEARS). An edge list: any gene–gene network, e.g. from STRING.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/GeneGraphBox.cpp" line="31"/>
        <source>edge-list file (.tsv, .csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/GeneGraphBox.cpp" line="32"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/GeneGraphBox.cpp" line="34"/>
        <source>Gene graph edge list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/GeneGraphBox.cpp" line="35"/>
        <source>Edge lists (*.tsv *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/GeneGraphBox.cpp" line="88"/>
        <source>Choose the gene graph&apos;s edge-list file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/GeneGraphBox.cpp" line="115"/>
        <location filename="../ui/train/GeneGraphBox.cpp" line="137"/>
        <source>Reading the gene graph…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scdiff::ui::GenePerturbTask</name>
    <message>
        <location filename="../ui/tasks/ModelTasks.cpp" line="168"/>
        <source>Predicting the perturbation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/ModelTasks.cpp" line="170"/>
        <source>Cannot predict the gene perturbation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scdiff::ui::GenePerturbationDialog</name>
    <message>
        <location filename="../ui/results/GenePerturbationDialog.cpp" line="44"/>
        <source>Predict gene perturbation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/GenePerturbationDialog.cpp" line="52"/>
        <source>%n neighbour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/results/GenePerturbationDialog.cpp" line="70"/>
        <source>a gene of the graph, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/GenePerturbationDialog.cpp" line="75"/>
        <source>optional: a second gene for a double perturbation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/GenePerturbationDialog.cpp" line="84"/>
        <source>(choose one to fill in its genes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/GenePerturbationDialog.cpp" line="86"/>
        <source>%1 (%n cell(s))</source>
        <translation type="unfinished">
            <numerusform>%1 (%n Zelle)</numerusform>
            <numerusform>%1 (%n Zellen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/GenePerturbationDialog.cpp" line="99"/>
        <source>The model&apos;s gene graph: %1 (%n gene(s)). A gene no training cell had alone is predicted through its neighbours in the graph.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/results/GenePerturbationDialog.cpp" line="106"/>
        <source>Gene:</source>
        <translation type="unfinished">Gen:</translation>
    </message>
    <message>
        <location filename="../ui/results/GenePerturbationDialog.cpp" line="108"/>
        <source>Second gene:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/GenePerturbationDialog.cpp" line="110"/>
        <source>Measured in this dataset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/GenePerturbationDialog.cpp" line="113"/>
        <source>Predict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/GenePerturbationDialog.cpp" line="130"/>
        <source>“%1” is not in the model&apos;s gene graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/GenePerturbationDialog.cpp" line="134"/>
        <source>%n graph neighbour(s) · %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/results/GenePerturbationDialog.cpp" line="135"/>
        <source>perturbed alone in training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/GenePerturbationDialog.cpp" line="135"/>
        <source>never perturbed alone in training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/GenePerturbationDialog.cpp" line="153"/>
        <source>Name a gene to perturb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/GenePerturbationDialog.cpp" line="156"/>
        <source>Only genes of the model&apos;s gene graph can be perturbed; the graph was fixed when the model was trained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/GenePerturbationDialog.cpp" line="159"/>
        <source>The two genes are the same gene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/GenePerturbationDialog.cpp" line="170"/>
        <source>%1 was among the training perturbations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/GenePerturbationDialog.cpp" line="171"/>
        <source>No training cell had %1: it is predicted zero-shot, through the gene graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/GenePerturbationDialog.cpp" line="177"/>
        <source>This dataset measured %n cell(s) under it: the prediction is compared with them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/results/GenePerturbationDialog.cpp" line="179"/>
        <source>This dataset has no cells under it to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scdiff::ui::HeldOutPerturbationsBox</name>
    <message>
        <location filename="../ui/train/HeldOutPerturbationsBox.cpp" line="22"/>
        <source>Tick the perturbations whose cells training leaves out, to predict them zero-shot afterwards (Model &gt; Predict gene perturbation…); Model &gt; Evaluate holds out the same ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/train/HeldOutPerturbationsBox.cpp" line="55"/>
        <source>%1 (%n cell(s))</source>
        <translation type="unfinished">
            <numerusform>%1 (%n Zelle)</numerusform>
            <numerusform>%1 (%n Zellen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/train/HeldOutPerturbationsBox.cpp" line="108"/>
        <source>None held out: every measured perturbation is trained on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/train/HeldOutPerturbationsBox.cpp" line="109"/>
        <source>%n held out: their cells are left out of training, to predict them zero-shot.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scdiff::ui::ImputationEvaluationView</name>
    <message>
        <source>n/a</source>
        <translation type="vanished">k. A.</translation>
    </message>
    <message>
        <source>true value (log-normalised)</source>
        <translation type="vanished">wahrer Wert (log-normalisiert)</translation>
    </message>
    <message>
        <source>scDiff imputed value (log-normalised)</source>
        <translation type="vanished">von scDiff imputierter Wert (log-normalisiert)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="vanished">Methode</translation>
    </message>
    <message>
        <source>Pearson</source>
        <translation type="vanished">Pearson</translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation type="vanished">RMSE</translation>
    </message>
    <message>
        <source>Median-cell Pearson</source>
        <translation type="vanished">Pearson (Median über Zellen)</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="vanished">Sekunden</translation>
    </message>
    <message>
        <source>scDiff and the baselines, on the same hidden entries in the same run</source>
        <translation type="vanished">scDiff und die Referenzverfahren, auf denselben verborgenen Einträgen im selben Lauf</translation>
    </message>
    <message>
        <source>Pearson correlation of the hidden true values and the imputed values</source>
        <translation type="vanished">Pearson-Korrelation zwischen den verborgenen wahren Werten und den imputierten Werten</translation>
    </message>
    <message>
        <source>Root mean squared error on the hidden entries (log-normalised scale)</source>
        <translation type="vanished">Wurzel der mittleren quadratischen Abweichung auf den verborgenen Einträgen (log-normalisierte Skala)</translation>
    </message>
    <message>
        <source>Median over cells (with at least two hidden entries) of the per-cell Pearson correlation</source>
        <translation type="vanished">Median der Pearson-Korrelation je Zelle über die Zellen (mit mindestens zwei verborgenen Einträgen)</translation>
    </message>
    <message>
        <source>Training and imputation time</source>
        <translation type="vanished">Trainings- und Imputationszeit</translation>
    </message>
    <message>
        <source>Scores on the hidden entries: scDiff and the baselines of the same run</source>
        <translation type="vanished">Scores auf den verborgenen Einträgen: scDiff und die Referenzverfahren desselben Laufs</translation>
    </message>
    <message>
        <source>Protocol: %1. Scores on the hidden entries; scDiff trained with the last run&apos;s settings (task imputation), the baselines on the same observed entries.</source>
        <translation type="vanished">Protokoll: %1. Scores auf den verborgenen Einträgen; scDiff mit den Einstellungen des letzten Laufs trainiert (Aufgabe Imputation), die Referenzverfahren auf denselben beobachteten Einträgen.</translation>
    </message>
    <message>
        <source>The report has no hidden entries to show</source>
        <translation type="vanished">Der Bericht enthält keine verborgenen Einträge zum Anzeigen</translation>
    </message>
    <message>
        <source>hidden entries</source>
        <translation type="vanished">verborgene Einträge</translation>
    </message>
    <message>
        <source>%1 on the hidden entries: Pearson %2, RMSE %3</source>
        <translation type="vanished">%1 auf den verborgenen Einträgen: Pearson %2, RMSE %3</translation>
    </message>
    <message>
        <source>%1 of %2 hidden entries shown (evenly spaced)</source>
        <translation type="vanished">%1 von %2 verborgenen Einträgen angezeigt (gleichmäßig verteilt)</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::ImputationView</name>
    <message>
        <location filename="../ui/results/ImputationView.cpp" line="31"/>
        <source>comma-separated gene names (default: the %1 most variable genes)</source>
        <translation type="unfinished">kommagetrennte Gennamen (Standard: die %1 variabelsten Gene)</translation>
    </message>
    <message>
        <location filename="../ui/results/ImputationView.cpp" line="37"/>
        <source>Most variable</source>
        <translation type="unfinished">Variabelste</translation>
    </message>
    <message>
        <location filename="../ui/results/ImputationView.cpp" line="38"/>
        <source>The %1 genes with the largest variance of log-normalised X</source>
        <translation type="unfinished">Die %1 Gene mit der größten Varianz im log-normalisierten X</translation>
    </message>
    <message>
        <location filename="../ui/results/ImputationView.cpp" line="56"/>
        <source>Observed (X, log-normalised)</source>
        <translation type="unfinished">Beobachtet (X, log-normalisiert)</translation>
    </message>
    <message>
        <location filename="../ui/results/ImputationView.cpp" line="57"/>
        <source>Imputed (layers[&apos;scdiff_imputed&apos;])</source>
        <translation type="unfinished">Imputiert (layers[&apos;scdiff_imputed&apos;])</translation>
    </message>
    <message>
        <location filename="../ui/results/ImputationView.cpp" line="67"/>
        <source>log-normalised expression</source>
        <translation type="unfinished">log-normalisierte Expression</translation>
    </message>
    <message>
        <location filename="../ui/results/ImputationView.cpp" line="78"/>
        <source>Genes:</source>
        <translation type="unfinished">Gene:</translation>
    </message>
    <message>
        <location filename="../ui/results/ImputationView.cpp" line="82"/>
        <source>Order cells by:</source>
        <translation type="unfinished">Zellen sortieren nach:</translation>
    </message>
    <message>
        <location filename="../ui/results/ImputationView.cpp" line="160"/>
        <source>Impute with Model &gt; Impute with model to compare observed and imputed expression.</source>
        <translation type="unfinished">Imputieren Sie mit Modell &gt; Mit Modell imputieren, um beobachtete und imputierte Expression zu vergleichen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/ImputationView.cpp" line="188"/>
        <source>%n unknown gene(s): %1.</source>
        <translation type="unfinished">
            <numerusform>%n unbekanntes Gen: %1.</numerusform>
            <numerusform>%n unbekannte Gene: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/results/ImputationView.cpp" line="189"/>
        <source>Only the first %1 genes are shown.</source>
        <translation type="unfinished">Nur die ersten %1 Gene werden angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/results/ImputationView.cpp" line="190"/>
        <source>The dataset has no imputed layer yet (Model &gt; Impute with model).</source>
        <translation type="unfinished">Der Datensatz hat noch keine imputierte Ebene (Modell &gt; Mit Modell imputieren).</translation>
    </message>
    <message>
        <location filename="../ui/results/ImputationView.cpp" line="271"/>
        <source>&lt;missing&gt;</source>
        <translation type="unfinished">&lt;fehlt&gt;</translation>
    </message>
    <message>
        <location filename="../ui/results/ImputationView.cpp" line="280"/>
        <source>%1 of %2 cells, evenly spaced, ordered by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/ImputationView.cpp" line="282"/>
        <source>%n cell(s) ordered by %1</source>
        <translation type="unfinished">
            <numerusform>%n Zelle, sortiert nach %1</numerusform>
            <numerusform>%n Zellen, sortiert nach %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scdiff::ui::ImputeTask</name>
    <message>
        <location filename="../ui/tasks/ModelTasks.cpp" line="113"/>
        <source>Imputing with the scDiff model</source>
        <translation type="unfinished">Imputiere mit dem scDiff-Modell</translation>
    </message>
    <message>
        <location filename="../ui/tasks/ModelTasks.cpp" line="113"/>
        <source>Cannot impute</source>
        <translation type="unfinished">Imputieren nicht möglich</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::LoadModelTask</name>
    <message>
        <location filename="../ui/tasks/ModelTasks.cpp" line="218"/>
        <source>Reading %1</source>
        <translation type="unfinished">Lese %1</translation>
    </message>
    <message>
        <location filename="../ui/tasks/ModelTasks.cpp" line="218"/>
        <source>Cannot load the model</source>
        <translation type="unfinished">Das Modell kann nicht geladen werden</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::LoadTask</name>
    <message>
        <location filename="../ui/tasks/DatasetTasks.cpp" line="13"/>
        <source>Opening %1</source>
        <translation type="unfinished">Öffne %1</translation>
    </message>
    <message>
        <location filename="../ui/tasks/DatasetTasks.cpp" line="13"/>
        <source>Cannot open the file</source>
        <translation type="unfinished">Die Datei kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::LogTransformTask</name>
    <message>
        <location filename="../ui/tasks/DatasetTasks.cpp" line="111"/>
        <source>Log-transforming X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tasks/DatasetTasks.cpp" line="111"/>
        <source>Cannot log-transform X</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scdiff::ui::LossCurveView</name>
    <message>
        <location filename="../ui/train/LossCurveView.cpp" line="30"/>
        <source>epoch</source>
        <translation type="unfinished">Epoche</translation>
    </message>
    <message>
        <location filename="../ui/train/LossCurveView.cpp" line="31"/>
        <source>loss (MSE)</source>
        <translation type="unfinished">Verlust (MSE)</translation>
    </message>
    <message>
        <location filename="../ui/train/LossCurveView.cpp" line="34"/>
        <source>train loss</source>
        <translation type="unfinished">Trainingsverlust</translation>
    </message>
    <message>
        <location filename="../ui/train/LossCurveView.cpp" line="38"/>
        <source>validation loss</source>
        <translation type="unfinished">Validierungsverlust</translation>
    </message>
    <message>
        <location filename="../ui/train/LossCurveView.cpp" line="44"/>
        <location filename="../ui/train/LossCurveView.cpp" line="59"/>
        <source>No training yet</source>
        <translation type="unfinished">Noch kein Training</translation>
    </message>
    <message>
        <location filename="../ui/train/LossCurveView.cpp" line="59"/>
        <source>Epoch 0/%1 · preparing</source>
        <translation type="unfinished">Epoche 0/%1 · Vorbereitung</translation>
    </message>
    <message>
        <location filename="../ui/train/LossCurveView.cpp" line="71"/>
        <source>Epoch %1/%2 · train loss %3 · %4 cells/s · %5 left</source>
        <translation type="unfinished">Epoche %1/%2 · Trainingsverlust %3 · %4 Zellen/s · noch %5</translation>
    </message>
    <message>
        <location filename="../ui/train/LossCurveView.cpp" line="77"/>
        <source>Epoch %1/%2 · train loss %3 · %4 cells/s</source>
        <translation type="unfinished">Epoche %1/%2 · Trainingsverlust %3 · %4 Zellen/s</translation>
    </message>
    <message>
        <location filename="../ui/train/LossCurveView.cpp" line="81"/>
        <source>Epoch %1/%2 · loss %3 · %4 cells/s · %5 left</source>
        <translation type="unfinished">Epoche %1/%2 · Verlust %3 · %4 Zellen/s · noch %5</translation>
    </message>
    <message>
        <location filename="../ui/train/LossCurveView.cpp" line="108"/>
        <source>Epoch %1/%2 · train loss %3</source>
        <translation type="unfinished">Epoche %1/%2 · Trainingsverlust %3</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::MainWindow</name>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="81"/>
        <source>Embedding</source>
        <translation type="unfinished">Einbettung</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="82"/>
        <source>Markers</source>
        <translation type="unfinished">Marker</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="84"/>
        <source>Annotation results</source>
        <translation type="unfinished">Annotationsergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="90"/>
        <source>Imputation</source>
        <translation type="unfinished">Imputation</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="92"/>
        <source>Perturbation</source>
        <translation type="unfinished">Perturbation</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="99"/>
        <source>Dataset</source>
        <translation type="unfinished">Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="104"/>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished">&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="105"/>
        <source>History</source>
        <translation type="unfinished">Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="110"/>
        <source>Training</source>
        <translation type="unfinished">Training</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="116"/>
        <source>Runs</source>
        <translation type="unfinished">Läufe</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="141"/>
        <location filename="../ui/app/MainWindow.cpp" line="174"/>
        <source>No selection</source>
        <translation type="unfinished">Keine Auswahl</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="147"/>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="171"/>
        <source>Cancelled</source>
        <translation type="unfinished">Abgebrochen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/app/MainWindow.cpp" line="174"/>
        <source>%n cell(s) selected</source>
        <translation type="unfinished">
            <numerusform>%n Zelle ausgewählt</numerusform>
            <numerusform>%n Zellen ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="204"/>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="205"/>
        <source>&amp;Open…</source>
        <translation type="unfinished">Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="206"/>
        <source>Open &amp;10x folder…</source>
        <translation type="unfinished">&amp;10x-Ordner öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="206"/>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished">Ctrl+Shift+O</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="207"/>
        <source>Open &amp;larger than memory (backed)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="208"/>
        <source>Read obs, var and embeddings of an .h5ad file and leave X in it; training, annotation and imputation read X&apos;s rows from the file as they need them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="210"/>
        <source>Open &amp;example dataset</source>
        <translation type="unfinished">Beispiel&amp;datensatz öffnen</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="211"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished">&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="214"/>
        <source>&amp;Save session…</source>
        <translation type="unfinished">Sitzung &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="218"/>
        <source>&amp;Export annotated h5ad…</source>
        <translation type="unfinished">Annotiertes h5ad &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="220"/>
        <source>Export &amp;obs table as CSV…</source>
        <translation type="unfinished">&amp;obs-Tabelle als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="221"/>
        <source>Export &amp;markers table as CSV…</source>
        <translation type="unfinished">&amp;Marker-Tabelle als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="222"/>
        <source>Export &amp;plot…</source>
        <translation type="unfinished">&amp;Grafik exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="222"/>
        <source>Ctrl+P</source>
        <translation type="unfinished">Ctrl+P</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="225"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="227"/>
        <source>&amp;Edit</source>
        <translation type="unfinished">&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="228"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="230"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="236"/>
        <source>&amp;Relabel selected cells…</source>
        <translation type="unfinished">Ausgewählte Zellen &amp;umbenennen…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="236"/>
        <source>Ctrl+L</source>
        <translation type="unfinished">Ctrl+L</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="238"/>
        <source>&amp;Save selection as category…</source>
        <translation type="unfinished">Auswahl als Kategorie &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="238"/>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished">Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="241"/>
        <source>Re&amp;name or merge category…</source>
        <translation type="unfinished">Kategorie umbe&amp;nennen oder zusammenführen…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="243"/>
        <source>Select by &amp;gene expression…</source>
        <translation type="unfinished">Nach &amp;Genexpression auswählen…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="243"/>
        <source>Ctrl+G</source>
        <translation type="unfinished">Ctrl+G</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="246"/>
        <source>&amp;Clear selection</source>
        <translation type="unfinished">Auswahl &amp;aufheben</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="246"/>
        <source>Esc</source>
        <translation type="unfinished">Esc</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="249"/>
        <source>&amp;Analysis</source>
        <translation type="unfinished">A&amp;nalyse</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="250"/>
        <source>&amp;Normalise and log-transform X</source>
        <translation type="unfinished">X &amp;normalisieren und logarithmieren</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="256"/>
        <source>Scale every cell to 10,000 counts and take log1p; the counts are kept in layers[&apos;counts&apos;]</source>
        <translation type="unfinished">Jede Zelle auf 10.000 Counts skalieren und log1p anwenden; die Counts bleiben in layers[&apos;counts&apos;]</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="257"/>
        <source>&amp;Log-transform X (FPKM, TPM)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="263"/>
        <source>For abundances such as FPKM or TPM (neither counts nor log-normalised): log1p, optionally after rescaling every cell to 10,000; the values are kept in layers[&apos;abundance&apos;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="267"/>
        <source>Compute &amp;PCA</source>
        <translation type="unfinished">&amp;PCA berechnen</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="268"/>
        <source>Find &amp;marker genes</source>
        <translation type="unfinished">&amp;Markergene finden</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="268"/>
        <source>Ctrl+M</source>
        <translation type="unfinished">Ctrl+M</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="275"/>
        <source>Compute &amp;UMAP</source>
        <translation type="unfinished">&amp;UMAP berechnen</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="275"/>
        <source>Ctrl+U</source>
        <translation type="unfinished">Ctrl+U</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="277"/>
        <source>&amp;Cluster cells (Leiden)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="279"/>
        <source>&amp;Model</source>
        <translation type="unfinished">&amp;Modell</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="303"/>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="399"/>
        <source>Cannot load the session&apos;s model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="399"/>
        <source>%1 is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="608"/>
        <source>Datasets and sessions (*.h5ad *.h5 *.loom *.csv *.tsv *.txt *.scdiffsession);;All files (*)</source>
        <translation type="unfinished">Datensätze und Sitzungen (*.h5ad *.h5 *.loom *.csv *.tsv *.txt *.scdiffsession);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="613"/>
        <source>Open a dataset larger than memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="614"/>
        <source>AnnData files (*.h5ad)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="629"/>
        <source>AnnData (*.h5ad);;loom (*.loom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evaluate the last training settings</source>
        <translation type="vanished">Letzte Trainingseinstellungen &amp;evaluieren</translation>
    </message>
    <message>
        <source>Trains on a held-out split with the last run&apos;s settings and compares with baselines</source>
        <translation type="vanished">Trainiert mit den Einstellungen des letzten Laufs auf einer Aufteilung mit zurückgehaltenen Daten und vergleicht mit Referenzverfahren</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="281"/>
        <source>&amp;View</source>
        <translation type="unfinished">&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="283"/>
        <source>&amp;Reset zoom</source>
        <translation type="unfinished">&amp;Zoom zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="283"/>
        <source>Ctrl+0</source>
        <translation type="unfinished">Ctrl+0</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="285"/>
        <source>&amp;Preferences</source>
        <translation type="unfinished">&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="285"/>
        <source>&amp;Language</source>
        <translation type="unfinished">&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="289"/>
        <source>System default</source>
        <translation type="unfinished">Systemstandard</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="297"/>
        <source>Language</source>
        <translation type="unfinished">Sprache</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="298"/>
        <source>The new language is used after a restart of scDiff Studio.</source>
        <translation type="unfinished">Die neue Sprache wird nach einem Neustart von scDiff Studio verwendet.</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="302"/>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="309"/>
        <source>&amp;About scDiff Studio</source>
        <translation type="unfinished">&amp;Über scDiff Studio</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="322"/>
        <source>untitled</source>
        <translation type="unfinished">unbenannt</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="323"/>
        <source>no dataset</source>
        <translation type="unfinished">kein Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="355"/>
        <location filename="../ui/app/MainWindow.cpp" line="361"/>
        <source>Cannot save the session</source>
        <translation type="unfinished">Die Sitzung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="355"/>
        <source>The dataset was not opened from a file; export it as h5ad first.</source>
        <translation type="unfinished">Der Datensatz wurde nicht aus einer Datei geöffnet; bitte zuerst als h5ad exportieren.</translation>
    </message>
    <message>
        <source>Cannot open the session</source>
        <translation type="obsolete">Die Sitzung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 is not a readable session file (%2).</source>
        <translation type="obsolete">%1 ist keine lesbare Sitzungsdatei (%2).</translation>
    </message>
    <message>
        <source>Apply the session&apos;s edits</source>
        <translation type="obsolete">Änderungen der Sitzung anwenden</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation type="obsolete">%1 setzen</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="382"/>
        <source>Cannot apply the session</source>
        <translation type="unfinished">Die Sitzung kann nicht angewendet werden</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="412"/>
        <source>Save session</source>
        <translation type="unfinished">Sitzung speichern</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="413"/>
        <source>scDiff sessions (*.scdiffsession)</source>
        <translation type="unfinished">scDiff-Sitzungen (*.scdiffsession)</translation>
    </message>
    <message>
        <source>The dataset was replaced while X was normalised.</source>
        <translation type="vanished">Der Datensatz wurde ersetzt, während X normalisiert wurde.</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="463"/>
        <source>Cannot log-transform X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="463"/>
        <source>X holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="467"/>
        <source>Log-transform X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="468"/>
        <source>X holds %1.

scDiff and the plots work on log1p values. Rescale every cell to 10,000 first (as for counts), or take log1p of the values as they are?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="472"/>
        <source>log1p as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="473"/>
        <source>Rescale, then log1p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="485"/>
        <source>Cannot export the dataset</source>
        <translation type="unfinished">Der Datensatz kann nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="494"/>
        <source>Cannot export the table</source>
        <translation type="unfinished">Die Tabelle kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Datasets and sessions (*.h5ad *.csv *.tsv *.txt *.scdiffsession);;All files (*)</source>
        <translation type="vanished">Datensätze und Sitzungen (*.h5ad *.csv *.tsv *.txt *.scdiffsession);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="535"/>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imputation evaluation</source>
        <translation type="vanished">Imputations-Evaluation</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="494"/>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished">%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="449"/>
        <source>Cluster cells (Leiden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="449"/>
        <source>Resolution (higher: more, smaller clusters; scanpy&apos;s default is 1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="517"/>
        <location filename="../ui/app/MainWindow.cpp" line="522"/>
        <source>Cannot export the plot</source>
        <translation type="unfinished">Die Grafik kann nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="518"/>
        <source>The current tab shows a table, not a plot; export it as CSV instead.</source>
        <translation type="unfinished">Der aktuelle Tab zeigt eine Tabelle, keine Grafik; exportieren Sie sie stattdessen als CSV.</translation>
    </message>
    <message>
        <source>Cannot write %1 (use .png, .svg or .pdf).</source>
        <translation type="vanished">%1 kann nicht geschrieben werden (verwenden Sie .png, .svg oder .pdf).</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="550"/>
        <source>Export markers table</source>
        <translation type="unfinished">Marker-Tabelle exportieren</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="551"/>
        <location filename="../ui/app/MainWindow.cpp" line="635"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished">CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="563"/>
        <source>Cannot relabel</source>
        <translation type="unfinished">Umbenennen nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="574"/>
        <source>Cannot save the selection</source>
        <translation type="unfinished">Die Auswahl kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="585"/>
        <source>Cannot rename the category</source>
        <translation type="unfinished">Die Kategorie kann nicht umbenannt werden</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="594"/>
        <source>Cannot select by gene</source>
        <translation type="unfinished">Auswahl nach Gen nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="594"/>
        <source>There is no gene named &quot;%1&quot; in this dataset.</source>
        <translation type="unfinished">In diesem Datensatz gibt es kein Gen namens „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="607"/>
        <source>Open dataset</source>
        <translation type="unfinished">Datensatz öffnen</translation>
    </message>
    <message>
        <source>Datasets and sessions (*.h5ad *.h5 *.csv *.tsv *.txt *.scdiffsession);;All files (*)</source>
        <translation type="obsolete">Datensätze und Sitzungen (*.h5ad *.h5 *.csv *.tsv *.txt *.scdiffsession);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="619"/>
        <source>Open 10x folder</source>
        <translation type="unfinished">10x-Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="628"/>
        <source>Export annotated h5ad</source>
        <translation type="unfinished">Annotiertes h5ad exportieren</translation>
    </message>
    <message>
        <source>AnnData (*.h5ad)</source>
        <translation type="vanished">AnnData (*.h5ad)</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="634"/>
        <source>Export obs table</source>
        <translation type="unfinished">obs-Tabelle exportieren</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="648"/>
        <location filename="../ui/app/MainWindow.cpp" line="668"/>
        <source>Export plot</source>
        <translation type="unfinished">Grafik exportieren</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="659"/>
        <source>Width (px):</source>
        <translation type="unfinished">Breite (px):</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="660"/>
        <source>Height (px):</source>
        <translation type="unfinished">Höhe (px):</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="661"/>
        <source>Resolution (dpi):</source>
        <translation type="unfinished">Auflösung (dpi):</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="669"/>
        <source>PNG (*.png);;SVG (*.svg);;PDF (*.pdf)</source>
        <translation type="unfinished">PNG (*.png);;SVG (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="678"/>
        <location filename="../ui/app/MainWindow.cpp" line="682"/>
        <source>Relabel selected cells</source>
        <translation type="unfinished">Ausgewählte Zellen umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="678"/>
        <source>Column (or type a new one):</source>
        <translation type="unfinished">Spalte (oder eine neue eingeben):</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="682"/>
        <source>New label:</source>
        <translation type="unfinished">Neue Bezeichnung:</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="688"/>
        <source>Save selection as category</source>
        <translation type="unfinished">Auswahl als Kategorie speichern</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="688"/>
        <source>New obs column name:</source>
        <translation type="unfinished">Name der neuen obs-Spalte:</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="689"/>
        <source>selection</source>
        <translation type="unfinished">auswahl</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="698"/>
        <location filename="../ui/app/MainWindow.cpp" line="703"/>
        <location filename="../ui/app/MainWindow.cpp" line="706"/>
        <source>Rename category</source>
        <translation type="unfinished">Kategorie umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="698"/>
        <source>Column:</source>
        <translation type="unfinished">Spalte:</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="703"/>
        <source>Category:</source>
        <translation type="unfinished">Kategorie:</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="706"/>
        <source>New name (an existing name merges the two):</source>
        <translation type="unfinished">Neuer Name (ein vorhandener Name führt beide zusammen):</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="712"/>
        <source>Select by gene expression</source>
        <translation type="unfinished">Nach Genexpression auswählen</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="720"/>
        <source>Gene:</source>
        <translation type="unfinished">Gen:</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="721"/>
        <source>Comparison:</source>
        <translation type="unfinished">Vergleich:</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="722"/>
        <source>Threshold:</source>
        <translation type="unfinished">Schwellenwert:</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="732"/>
        <source>&lt;b&gt;scDiff Studio&lt;/b&gt; %1&lt;br&gt;Single-cell data exploration and the scDiff diffusion model.&lt;br&gt;&lt;br&gt;Qt %2&lt;br&gt;HDF5 %3&lt;br&gt;LibTorch %4</source>
        <translation type="unfinished">&lt;b&gt;scDiff Studio&lt;/b&gt; %1&lt;br&gt;Erkundung von Einzelzelldaten und das scDiff-Diffusionsmodell.&lt;br&gt;&lt;br&gt;Qt %2&lt;br&gt;HDF5 %3&lt;br&gt;LibTorch %4</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="738"/>
        <source>About scDiff Studio</source>
        <translation type="unfinished">Über scDiff Studio</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="742"/>
        <source>A job is running</source>
        <translation type="unfinished">Ein Auftrag läuft</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="743"/>
        <source>%1 is still running. Stop it and quit?</source>
        <translation type="unfinished">%1 läuft noch. Abbrechen und beenden?</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="750"/>
        <source>Unsaved changes</source>
        <translation type="unfinished">Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="751"/>
        <source>The annotations were changed. Export them before closing?</source>
        <translation type="unfinished">Die Annotationen wurden geändert. Vor dem Schließen exportieren?</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::MarkerPanel</name>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="30"/>
        <source>Genes, separated by commas or spaces</source>
        <translation type="unfinished">Gene, durch Kommas oder Leerzeichen getrennt</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="32"/>
        <source>Gene shown in the violin plot</source>
        <translation type="unfinished">Im Violinplot gezeigtes Gen</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="33"/>
        <source>Find top markers</source>
        <translation type="unfinished">Top-Marker finden</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="41"/>
        <source>Dot plot</source>
        <translation type="unfinished">Punktdiagramm</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="42"/>
        <source>Violin</source>
        <translation type="unfinished">Violine</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="43"/>
        <source>Heat map</source>
        <translation type="unfinished">Heatmap</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="44"/>
        <source>Top markers</source>
        <translation type="unfinished">Top-Marker</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="47"/>
        <source>Group by:</source>
        <translation type="unfinished">Gruppieren nach:</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="49"/>
        <source>Genes:</source>
        <translation type="unfinished">Gene:</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="52"/>
        <source>Violin gene:</source>
        <translation type="unfinished">Violinen-Gen:</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="131"/>
        <source>Cannot draw the marker plots</source>
        <translation type="unfinished">Die Marker-Grafiken können nicht gezeichnet werden</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="154"/>
        <source>group</source>
        <translation type="unfinished">Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="155"/>
        <source>rank</source>
        <translation type="unfinished">Rang</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="156"/>
        <source>gene</source>
        <translation type="unfinished">Gen</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="157"/>
        <source>score</source>
        <translation type="unfinished">Score</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="158"/>
        <source>log2 fold change</source>
        <translation type="unfinished">log2-Fold-Change</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="159"/>
        <source>p-value</source>
        <translation type="unfinished">p-Wert</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="160"/>
        <source>adjusted p-value</source>
        <translation type="unfinished">adjustierter p-Wert</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="161"/>
        <source>mean in group</source>
        <translation type="unfinished">Mittelwert in Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="162"/>
        <source>fraction expressing</source>
        <translation type="unfinished">Anteil exprimierend</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="194"/>
        <source>Cannot export the markers</source>
        <translation type="unfinished">Die Marker können nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="195"/>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished">%1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::MetricsPanel</name>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="30"/>
        <source>n/a</source>
        <translation type="unfinished">k. A.</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="46"/>
        <source>no labels</source>
        <translation type="unfinished">keine Labels</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="48"/>
        <source>%1 held out</source>
        <translation type="unfinished">%1 zurückgehalten</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/MetricsPanel.cpp" line="50"/>
        <source>%n gene(s)</source>
        <translation type="unfinished">
            <numerusform>%n Gen</numerusform>
            <numerusform>%n Gene</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/MetricsPanel.cpp" line="52"/>
        <source>%n most variable gene(s)</source>
        <translation type="unfinished">
            <numerusform>das %n variabelste Gen</numerusform>
            <numerusform>die %n variabelsten Gene</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="54"/>
        <source>all genes</source>
        <translation type="unfinished">alle Gene</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="55"/>
        <source>d %1 × %2</source>
        <translation type="unfinished">d %1 × %2</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="56"/>
        <source>lr %1 (batch %2)</source>
        <translation type="unfinished">LR %1 (Batch %2)</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="59"/>
        <source>seed %1</source>
        <translation type="unfinished">Seed %1</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="70"/>
        <source>Finished</source>
        <translation type="unfinished">Beendet</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="70"/>
        <source>Task</source>
        <translation type="unfinished">Aufgabe</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="70"/>
        <source>Preset</source>
        <translation type="unfinished">Voreinstellung</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="70"/>
        <source>Epochs</source>
        <translation type="unfinished">Epochen</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="70"/>
        <source>Metrics</source>
        <translation type="unfinished">Metriken</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="70"/>
        <source>Time (s)</source>
        <translation type="unfinished">Zeit (s)</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="70"/>
        <source>Settings</source>
        <translation type="unfinished">Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="79"/>
        <source>Export CSV…</source>
        <translation type="unfinished">CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="80"/>
        <source>Export JSON…</source>
        <translation type="unfinished">JSON exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="124"/>
        <source>evaluation (%1, %2 runs): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="128"/>
        <source>evaluation (%1): %2</source>
        <translation type="unfinished">Evaluation (%1): %2</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="151"/>
        <location filename="../ui/results/MetricsPanel.cpp" line="224"/>
        <source>Cannot export the runs</source>
        <translation type="unfinished">Die Läufe können nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="151"/>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished">%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="231"/>
        <source>Export runs</source>
        <translation type="unfinished">Läufe exportieren</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="233"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished">JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="233"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished">CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::ModelController</name>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="83"/>
        <source>&amp;Train…</source>
        <translation type="unfinished">&amp;Trainieren…</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="83"/>
        <source>Ctrl+T</source>
        <translation type="unfinished">Ctrl+T</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="86"/>
        <source>&amp;Annotate with model</source>
        <translation type="unfinished">Mit Modell &amp;annotieren</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="91"/>
        <source>&amp;Fine-tune on selected cells…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="96"/>
        <source>Few-shot: label a handful of cells of a rare type (Edit &gt; Relabel selection), select them and continue training the model on them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="101"/>
        <source>&amp;Impute with model</source>
        <translation type="unfinished">Mit Modell &amp;imputieren</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="106"/>
        <source>&amp;Predict perturbation…</source>
        <translation type="unfinished">&amp;Perturbation vorhersagen…</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="111"/>
        <source>Predict &amp;gene perturbation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="116"/>
        <source>Cells perturbed in one or two genes (a model trained for the gene-perturbation task), predicted from the dataset&apos;s control cells; genes no training cell had are predicted through the gene graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="119"/>
        <source>&amp;Evaluate the last training settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="121"/>
        <source>Evaluate the last training settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="126"/>
        <source>Trains on held-out splits with the last run&apos;s settings and compares with baselines on the same splits (mean ± sd over the runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="129"/>
        <source>Evaluate &amp;imputation (hide 10 % of entries)…</source>
        <translation type="unfinished">Imputation e&amp;valuieren (10 % der Einträge verbergen)…</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="130"/>
        <source>Evaluate imputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="134"/>
        <source>Hides 10 % of the non-zero entries, trains an imputation model with the last run&apos;s settings on the rest and compares its imputed values with baselines</source>
        <translation type="unfinished">Verbirgt 10 % der von null verschiedenen Einträge, trainiert mit den Einstellungen des letzten Laufs ein Imputationsmodell auf dem Rest und vergleicht seine imputierten Werte mit Referenzverfahren</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="138"/>
        <source>&amp;Save model…</source>
        <translation type="unfinished">Modell &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="141"/>
        <source>&amp;Load model…</source>
        <translation type="unfinished">Modell &amp;laden…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/app/ModelController.cpp" line="171"/>
        <source>Model: %1, %Ln gene(s).</source>
        <translation type="unfinished">
            <numerusform>Modell: %1, %Ln Gen.</numerusform>
            <numerusform>Modell: %1, %Ln Gene.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/app/ModelController.cpp" line="174"/>
        <source>Model: %1, %Ln gene(s). It cannot be applied to this dataset: %2</source>
        <translation type="unfinished">
            <numerusform>Modell: %1, %Ln Gen. Es kann nicht auf diesen Datensatz angewendet werden: %2</numerusform>
            <numerusform>Modell: %1, %Ln Gene. Es kann nicht auf diesen Datensatz angewendet werden: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/app/ModelController.cpp" line="180"/>
        <source>Model: %1, %Ln gene(s), all found in this dataset.</source>
        <translation type="unfinished">
            <numerusform>Modell: %1, %Ln Gen, in diesem Datensatz gefunden.</numerusform>
            <numerusform>Modell: %1, %Ln Gene, alle in diesem Datensatz gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/app/ModelController.cpp" line="182"/>
        <source>Model: %1, %Ln gene(s); %2 found in this dataset, %3 missing (fed as zeros).</source>
        <translation type="unfinished">
            <numerusform>Modell: %1, %Ln Gen; %2 in diesem Datensatz gefunden, %3 fehlen (werden als Nullen eingespeist).</numerusform>
            <numerusform>Modell: %1, %Ln Gene; %2 in diesem Datensatz gefunden, %3 fehlen (werden als Nullen eingespeist).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="193"/>
        <source>The model cannot be applied to this dataset</source>
        <translation type="unfinished">Das Modell kann nicht auf diesen Datensatz angewendet werden</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="200"/>
        <source>Genes missing</source>
        <translation type="unfinished">Fehlende Gene</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/app/ModelController.cpp" line="201"/>
        <source>This dataset has %1 of the model&apos;s %Ln gene(s); the %2 missing are fed to the model as zeros, which makes its results less reliable. Apply the model anyway?</source>
        <translation type="unfinished">
            <numerusform>Dieser Datensatz hat %1 des %Ln Gens des Modells; die %2 fehlenden erhält das Modell als Nullen, was seine Ergebnisse weniger verlässlich macht. Das Modell trotzdem anwenden?</numerusform>
            <numerusform>Dieser Datensatz hat %1 der %Ln Gene des Modells; die %2 fehlenden erhält das Modell als Nullen, was seine Ergebnisse weniger verlässlich macht. Das Modell trotzdem anwenden?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="279"/>
        <source>Training cancelled.</source>
        <translation type="unfinished">Training abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="348"/>
        <location filename="../ui/app/ModelController.cpp" line="365"/>
        <source>Cannot fine-tune the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/app/ModelController.cpp" line="384"/>
        <source>fine-tuning on %n cell(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/app/ModelController.cpp" line="389"/>
        <source>Fine-tuned on %n cell(s); the model has %1 epochs now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="398"/>
        <source>Fine-tuning failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="403"/>
        <source>Fine-tuning cancelled; the model is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/app/ModelController.cpp" line="408"/>
        <source>Fine-tuning · %n more epoch(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="278"/>
        <source>Training failed: %1</source>
        <translation type="unfinished">Training fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="263"/>
        <source>training (%1)</source>
        <translation type="unfinished">Training (%1)</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="300"/>
        <source>use Model &gt; Annotate with model.</source>
        <translation type="unfinished">weiter mit Modell &gt; Mit Modell annotieren.</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="302"/>
        <source>use Model &gt; Impute with model.</source>
        <translation type="unfinished">weiter mit Modell &gt; Mit Modell imputieren.</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="304"/>
        <source>use Model &gt; Predict perturbation…</source>
        <translation type="unfinished">weiter mit Modell &gt; Perturbation vorhersagen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/app/ModelController.cpp" line="273"/>
        <source>Trained %n epoch(s) of a model with %1 parameters on %2; %3</source>
        <translation type="unfinished">
            <numerusform>%n Epoche eines Modells mit %1 Parametern auf %2 trainiert; %3</numerusform>
            <numerusform>%n Epochen eines Modells mit %1 Parametern auf %2 trainiert; %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="286"/>
        <source>%1 · %2 preset · %3 optimiser steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/app/ModelController.cpp" line="289"/>
        <source>%1 · %2 preset · %n epoch(s)</source>
        <translation type="unfinished">
            <numerusform>%1 · Voreinstellung %2 · %n Epoche</numerusform>
            <numerusform>%1 · Voreinstellung %2 · %n Epochen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="306"/>
        <source>use Model &gt; Predict gene perturbation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="322"/>
        <source>Resume training from checkpoint</source>
        <translation type="unfinished">Training ab Checkpoint fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="323"/>
        <location filename="../ui/app/ModelController.cpp" line="596"/>
        <source>scDiff models (*.pt);;All files (*)</source>
        <translation type="unfinished">scDiff-Modelle (*.pt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The dataset was replaced while the annotation ran.</source>
        <translation type="vanished">Der Datensatz wurde während der Annotation ersetzt.</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="335"/>
        <source>annotation</source>
        <translation type="unfinished">Annotation</translation>
    </message>
    <message>
        <source>The dataset was replaced while the imputation ran.</source>
        <translation type="vanished">Der Datensatz wurde während der Imputation ersetzt.</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="422"/>
        <source>imputation</source>
        <translation type="unfinished">Imputation</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="434"/>
        <location filename="../ui/app/ModelController.cpp" line="448"/>
        <source>Cannot predict a perturbation</source>
        <translation type="unfinished">Es kann keine Perturbation vorhergesagt werden</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="434"/>
        <source>The model has no cell types.</source>
        <translation type="unfinished">Das Modell hat keine Zelltypen.</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="437"/>
        <source>Predict perturbation</source>
        <translation type="unfinished">Perturbation vorhersagen</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="438"/>
        <source>Cell type whose control cells are perturbed:</source>
        <translation type="unfinished">Zelltyp, dessen Kontrollzellen perturbiert werden:</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="449"/>
        <source>The model was trained for %1; train a model for the perturbation task (with a condition column).</source>
        <translation type="unfinished">Das Modell wurde für die Aufgabe %1 trainiert; trainieren Sie ein Modell für die Perturbationsaufgabe (mit einer Bedingungsspalte).</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="458"/>
        <source>perturbation (%1)</source>
        <translation type="unfinished">Perturbation (%1)</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="485"/>
        <source>Cannot predict a gene perturbation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="486"/>
        <source>The model was trained for %1; train a model for the gene-perturbation task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="496"/>
        <source>gene perturbation (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="507"/>
        <source>Cannot save the predicted cells</source>
        <translation type="unfinished">Die vorhergesagten Zellen können nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="513"/>
        <source>Save predicted cells</source>
        <translation type="unfinished">Vorhergesagte Zellen speichern</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="514"/>
        <source>AnnData (*.h5ad)</source>
        <translation type="unfinished">AnnData (*.h5ad)</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="521"/>
        <source>Runs (each holds out another cell type&apos;s stimulated cells):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="522"/>
        <source>Runs (each on another random split; the result is the mean ± sd):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="534"/>
        <source>Evaluating the %1 settings</source>
        <translation type="unfinished">Evaluiere die Einstellungen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="534"/>
        <source>Cannot evaluate</source>
        <translation type="unfinished">Evaluieren nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="548"/>
        <source>Evaluating imputation (10 % of the entries hidden)</source>
        <translation type="unfinished">Evaluiere die Imputation (10 % der Einträge verborgen)</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="549"/>
        <source>Cannot evaluate imputation</source>
        <translation type="unfinished">Die Imputation kann nicht evaluiert werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/app/ModelController.cpp" line="582"/>
        <source>Loaded %1: %n epoch(s), %2 parameters.</source>
        <translation type="unfinished">
            <numerusform>%1 geladen: %n Epoche, %2 Parameter.</numerusform>
            <numerusform>%1 geladen: %n Epochen, %2 Parameter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="589"/>
        <source>Save model</source>
        <translation type="unfinished">Modell speichern</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="590"/>
        <source>scDiff models (*.pt)</source>
        <translation type="unfinished">scDiff-Modelle (*.pt)</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="595"/>
        <source>Load model</source>
        <translation type="unfinished">Modell laden</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="607"/>
        <source>Unsaved model</source>
        <translation type="unfinished">Nicht gespeichertes Modell</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="608"/>
        <source>The model trained in this session is not saved and is lost when scDiff Studio quits. Save it first?</source>
        <translation type="unfinished">Das in dieser Sitzung trainierte Modell ist nicht gespeichert und geht beim Beenden von scDiff Studio verloren. Zuerst speichern?</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::NormaliseTask</name>
    <message>
        <location filename="../ui/tasks/DatasetTasks.cpp" line="100"/>
        <source>Normalising X</source>
        <translation type="unfinished">Normalisiere X</translation>
    </message>
    <message>
        <location filename="../ui/tasks/DatasetTasks.cpp" line="100"/>
        <source>Cannot normalise X</source>
        <translation type="unfinished">X kann nicht normalisiert werden</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::OpenSessionTask</name>
    <message>
        <location filename="../ui/tasks/DatasetTasks.cpp" line="25"/>
        <source>Opening %1</source>
        <translation type="unfinished">Öffne %1</translation>
    </message>
    <message>
        <location filename="../ui/tasks/DatasetTasks.cpp" line="25"/>
        <source>Cannot open the session</source>
        <translation type="unfinished">Die Sitzung kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::PerturbTask</name>
    <message>
        <location filename="../ui/tasks/ModelTasks.cpp" line="131"/>
        <source>Predicting the %1 perturbation of %2</source>
        <translation type="unfinished">Sage die Perturbation „%1“ für %2 vorher</translation>
    </message>
    <message>
        <location filename="../ui/tasks/ModelTasks.cpp" line="133"/>
        <source>Cannot predict the perturbation</source>
        <translation type="unfinished">Die Perturbation kann nicht vorhergesagt werden</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::PerturbationPredictions</name>
    <message>
        <location filename="../ui/session/PerturbationPredictions.cpp" line="45"/>
        <source>%1: %2 vs %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scdiff::ui::PerturbationView</name>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="40"/>
        <source>Save predicted cells as h5ad…</source>
        <translation type="unfinished">Vorhergesagte Zellen als h5ad speichern…</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="49"/>
        <location filename="../ui/results/PerturbationView.cpp" line="50"/>
        <source>Gene</source>
        <translation type="unfinished">Gen</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="49"/>
        <source>Control</source>
        <translation type="unfinished">Kontrolle</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="49"/>
        <source>Predicted</source>
        <translation type="unfinished">Vorhergesagt</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="49"/>
        <source>Pred. Δ</source>
        <translation type="unfinished">Vorh. Δ</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="49"/>
        <source>Obs. Δ</source>
        <translation type="unfinished">Beob. Δ</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="50"/>
        <source>Mean of the type&apos;s control cells</source>
        <translation type="unfinished">Mittelwert der Kontrollzellen des Typs</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="51"/>
        <source>Mean of the predicted stimulated cells</source>
        <translation type="unfinished">Mittelwert der vorhergesagten stimulierten Zellen</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="52"/>
        <source>Predicted change: predicted stimulated − control</source>
        <translation type="unfinished">Vorhergesagte Änderung: vorhergesagt stimuliert − Kontrolle</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="53"/>
        <source>Observed change: observed stimulated − control (when the dataset has such cells)</source>
        <translation type="unfinished">Beobachtete Änderung: beobachtet stimuliert − Kontrolle (wenn der Datensatz solche Zellen enthält)</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="61"/>
        <source>Export CSV…</source>
        <translation type="unfinished">CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="66"/>
        <source>Export the DE table</source>
        <translation type="unfinished">DE-Tabelle exportieren</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="66"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished">CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="69"/>
        <source>All model genes by |predicted change| (log-normalised means)</source>
        <translation type="unfinished">Alle Modellgene nach |vorhergesagter Änderung| (log-normalisierte Mittelwerte)</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="93"/>
        <source>Gene (top 20 by |predicted change|):</source>
        <translation type="unfinished">Gen (Top 20 nach |vorhergesagter Änderung|):</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="100"/>
        <source>Top changes</source>
        <translation type="unfinished">Größte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="101"/>
        <source>Predicted vs observed</source>
        <translation type="unfinished">Vorhergesagt vs. beobachtet</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="102"/>
        <source>Violins</source>
        <translation type="unfinished">Violinen</translation>
    </message>
    <message>
        <source>Predict a perturbation with Model &gt; Predict perturbation… (a model trained for the perturbation task).</source>
        <translation type="obsolete">Sagen Sie eine Perturbation mit Modell &gt; Perturbation vorhersagen… vorher (mit einem für die Perturbationsaufgabe trainierten Modell).</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="115"/>
        <source>Every perturbation predicted in this session, in the order made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="119"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="121"/>
        <source>Forget the shown prediction and free the memory its predicted cells take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="126"/>
        <source>Prediction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="173"/>
        <source>Predict a perturbation with Model &gt; Predict perturbation… (a model trained for the perturbation task) or Model &gt; Predict gene perturbation… (the gene-perturbation task).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/PerturbationView.cpp" line="193"/>
        <source>%1: predicted from %n control cell(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/PerturbationView.cpp" line="196"/>
        <source>%1: predicted %2 vs %3 (%n control cell(s))</source>
        <translation type="unfinished">
            <numerusform>%1: vorhergesagt %2 vs. %3 (%n Kontrollzelle)</numerusform>
            <numerusform>%1: vorhergesagt %2 vs. %3 (%n Kontrollzellen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="218"/>
        <source>The model never saw %1 %2: its cells were sampled with the null cell-type token (the response learned across all types).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/PerturbationView.cpp" line="224"/>
        <source>%1 (%n cell(s))</source>
        <translation type="unfinished">
            <numerusform>%1 (%n Zelle)</numerusform>
            <numerusform>%1 (%n Zellen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="225"/>
        <source>The model never saw %1 %2: each cell borrowed the learned response of the trained type nearest to it: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/PerturbationView.cpp" line="232"/>
        <source>Chosen automatically: the %n type(s) seen %1 respond more like their nearest type (R² %2) than like the mean of the others (%3).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/PerturbationView.cpp" line="235"/>
        <source>Chosen automatically: the %n type(s) seen %1 respond more like the mean of the others (R² %2) than like their nearest type (%3).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="247"/>
        <location filename="../ui/results/PerturbationView.cpp" line="440"/>
        <source>n/a</source>
        <translation type="unfinished">k. A.</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="251"/>
        <source>The training cells had %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/PerturbationView.cpp" line="252"/>
        <source>No training cell had %1: predicted zero-shot through the gene graph (%2, %n gene(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="256"/>
        <source>The change is the sum of the model&apos;s two single-gene changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/PerturbationView.cpp" line="260"/>
        <source>Observed: %n cell(s) under this perturbation.  Pearson of predicted vs observed mean change: %1 (top %2 DE genes), %3 (all %4 genes); MSE on the top %2: %5</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="268"/>
        <source>The dataset has no cells under this perturbation: only the predicted change is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/PerturbationView.cpp" line="273"/>
        <source>Observed: %n stimulated cell(s) of this type.  R² of predicted vs observed mean change: %1 (top %2 DE genes), %3 (all %4 genes)</source>
        <translation type="unfinished">
            <numerusform>Beobachtet: %n stimulierte Zelle dieses Typs.  R² der vorhergesagten vs. beobachteten mittleren Änderung: %1 (Top %2 DE-Gene), %3 (alle %4 Gene)</numerusform>
            <numerusform>Beobachtet: %n stimulierte Zellen dieses Typs.  R² der vorhergesagten vs. beobachteten mittleren Änderung: %1 (Top %2 DE-Gene), %3 (alle %4 Gene)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="281"/>
        <source>The dataset has no %1 cells of this type: only the predicted change is shown.</source>
        <translation type="unfinished">Der Datensatz enthält keine %1-Zellen dieses Typs: Nur die vorhergesagte Änderung wird gezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="316"/>
        <location filename="../ui/results/PerturbationView.cpp" line="322"/>
        <source>Cannot export the DE table</source>
        <translation type="unfinished">Die DE-Tabelle kann nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="317"/>
        <source>There is no perturbation prediction to export.</source>
        <translation type="unfinished">Es gibt keine Perturbationsvorhersage zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="323"/>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished">%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="380"/>
        <source>predicted − control</source>
        <translation type="unfinished">vorhergesagt − Kontrolle</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="387"/>
        <source>observed − control</source>
        <translation type="unfinished">beobachtet − Kontrolle</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="402"/>
        <source>mean change (log-normalised)</source>
        <translation type="unfinished">mittlere Änderung (log-normalisiert)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/PerturbationView.cpp" line="403"/>
        <source>top %n gene(s) by |predicted − control|</source>
        <translation type="unfinished">
            <numerusform>Top %n Gen nach |vorhergesagt − Kontrolle|</numerusform>
            <numerusform>Top %n Gene nach |vorhergesagt − Kontrolle|</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="417"/>
        <source>No measured cells under this perturbation to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="418"/>
        <source>No observed stimulated cells of this type to compare with</source>
        <translation type="unfinished">Keine beobachteten stimulierten Zellen dieses Typs zum Vergleich</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="432"/>
        <source>genes</source>
        <translation type="unfinished">Gene</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="442"/>
        <source>Pearson = %1 (top %2 DE genes), %3 (all %4 genes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="448"/>
        <source>R² = %1 (top %2 DE genes), %3 (all %4 genes)</source>
        <translation type="unfinished">R² = %1 (Top %2 DE-Gene), %3 (alle %4 Gene)</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="456"/>
        <source>observed mean change (perturbed − control)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="457"/>
        <source>observed mean change (stimulated − control)</source>
        <translation type="unfinished">beobachtete mittlere Änderung (stimuliert − Kontrolle)</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="458"/>
        <source>predicted mean change (predicted − control)</source>
        <translation type="unfinished">vorhergesagte mittlere Änderung (vorhergesagt − Kontrolle)</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="479"/>
        <location filename="../ui/results/PerturbationView.cpp" line="481"/>
        <source>%1 (observed)</source>
        <translation type="unfinished">%1 (beobachtet)</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="483"/>
        <source>%1 (predicted)</source>
        <translation type="unfinished">%1 (vorhergesagt)</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="486"/>
        <source>%1 expression (log-normalised)</source>
        <translation type="unfinished">Expression von %1 (log-normalisiert)</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::RankMarkersTask</name>
    <message>
        <location filename="../ui/tasks/DatasetTasks.cpp" line="132"/>
        <source>Ranking marker genes</source>
        <translation type="unfinished">Ordne Markergene</translation>
    </message>
    <message>
        <location filename="../ui/tasks/DatasetTasks.cpp" line="132"/>
        <source>Cannot rank marker genes</source>
        <translation type="unfinished">Markergene können nicht geordnet werden</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::ReadCheckpointSettingsTask</name>
    <message>
        <location filename="../ui/tasks/ModelTasks.cpp" line="84"/>
        <source>Reading %1</source>
        <translation type="unfinished">Lese %1</translation>
    </message>
    <message>
        <location filename="../ui/tasks/ModelTasks.cpp" line="84"/>
        <source>Cannot resume the training</source>
        <translation type="unfinished">Das Training kann nicht fortgesetzt werden</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::SaveDatasetTask</name>
    <message>
        <location filename="../ui/tasks/DatasetTasks.cpp" line="124"/>
        <source>Writing %1</source>
        <translation type="unfinished">Schreibe %1</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::SaveModelTask</name>
    <message>
        <location filename="../ui/tasks/ModelTasks.cpp" line="211"/>
        <source>Writing %1</source>
        <translation type="unfinished">Schreibe %1</translation>
    </message>
    <message>
        <location filename="../ui/tasks/ModelTasks.cpp" line="211"/>
        <source>Cannot save the model</source>
        <translation type="unfinished">Das Modell kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::SyntheticTask</name>
    <message>
        <location filename="../ui/tasks/DatasetTasks.cpp" line="41"/>
        <source>Generating example data</source>
        <translation type="unfinished">Erzeuge Beispieldaten</translation>
    </message>
    <message>
        <location filename="../ui/tasks/DatasetTasks.cpp" line="41"/>
        <source>Cannot create the example dataset</source>
        <translation type="unfinished">Der Beispieldatensatz kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::TrainDialog</name>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="159"/>
        <source>Train scDiff model</source>
        <translation type="unfinished">scDiff-Modell trainieren</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="176"/>
        <location filename="../ui/train/TrainDialog.cpp" line="622"/>
        <source>(none)</source>
        <translation type="unfinished">(keine)</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="212"/>
        <source>only at the end</source>
        <translation type="unfinished">nur am Ende</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="214"/>
        <location filename="../ui/train/TrainDialog.cpp" line="226"/>
        <source>off</source>
        <translation type="unfinished">aus</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="224"/>
        <source>none</source>
        <translation type="unfinished">keine</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="240"/>
        <source>Automatic (a GPU when there is one)</source>
        <translation type="unfinished">Automatisch (eine GPU, falls vorhanden)</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="257"/>
        <source>Mask a random part of each cell&apos;s expression context</source>
        <translation type="unfinished">Einen zufälligen Teil des Expressionskontexts jeder Zelle maskieren</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="259"/>
        <source>Per cell a masking ratio r ~ U(0,1) (r = 1 with probability %1) hides part of the expression the context conditioner sees</source>
        <translation type="unfinished">Pro Zelle verbirgt ein Maskierungsanteil r ~ U(0,1) (r = 1 mit Wahrscheinlichkeit %1) einen Teil der Expression, die der Kontext-Konditionierer sieht</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="263"/>
        <source>all cores (%1)</source>
        <translation type="unfinished">alle Kerne (%1)</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="555"/>
        <source>The dataset has no expression matrix X.</source>
        <translation type="unfinished">Der Datensatz hat keine Expressionsmatrix X.</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="338"/>
        <source>Task:</source>
        <translation type="unfinished">Aufgabe:</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="273"/>
        <source>Normalise X in the dataset</source>
        <translation type="unfinished">X im Datensatz normalisieren</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="276"/>
        <source>Analysis &gt; Normalise and log-transform X: every cell scaled to 10,000 counts, then log1p; the counts are kept in layers[&apos;counts&apos;]. Undoable. The plots then show the same values the model learns.</source>
        <translation type="unfinished">Analyse &gt; X normalisieren und logarithmieren: jede Zelle auf 10.000 Counts skaliert, dann log1p; die Counts bleiben in layers[&apos;counts&apos;]. Rückgängig zu machen. Die Grafiken zeigen dann dieselben Werte, die das Modell lernt.</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="314"/>
        <source>all genes</source>
        <translation type="unfinished">alle Gene</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="317"/>
        <source>Train on the most highly variable genes (scanpy&apos;s seurat flavour on the log-normalised values); 0 = every gene of the expression source</source>
        <translation type="unfinished">Auf den variabelsten Genen trainieren (scanpys seurat-Variante auf den log-normalisierten Werten); 0 = alle Gene der Expressionsquelle</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="342"/>
        <source>Expression:</source>
        <translation type="unfinished">Expression:</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="339"/>
        <source>Preset:</source>
        <translation type="unfinished">Voreinstellung:</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="92"/>
        <source>The dataset has no cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="127"/>
        <source>Gene perturbation needs a column of perturbed genes per cell (KLF1, KLF1+MAP2K6, ctrl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="151"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="152"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="153"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="197"/>
        <source>none: the epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="199"/>
        <source>A budget of optimiser steps: the epochs follow from the number of training cells, so a small dataset gets as many updates as a large one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="246"/>
        <source>Chosen from the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="247"/>
        <source>Decoder only (the paper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="248"/>
        <source>A token in every block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="249"/>
        <source>Added to the input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="251"/>
        <source>Where the batch enters the network. Chosen from the data: a token in every block when the batch explains at least 55 % of the expression variance within cell types on the training cells, else the decoder only (docs/engine.md, &quot;Strong batch effects&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="281"/>
        <source>Log-transform X in the dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="284"/>
        <source>Analysis &gt; Log-transform X: log1p of the abundances, optionally after rescaling every cell to 10,000; the values are kept in layers[&apos;abundance&apos;]. Undoable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="304"/>
        <source>Gene perturbation: simple graph convolutions over the gene graph (1 was better and steadier than 2 on the tuning set; docs/prior_knowledge.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="308"/>
        <source>Variable in most batches (scanpy&apos;s batch_key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="311"/>
        <source>With a batch column: rank genes by how many batches find them highly variable, so that genes that only tell the batches apart are not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="348"/>
        <source>Highly variable genes:</source>
        <translation type="unfinished">Hochvariable Gene:</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="349"/>
        <source>Cell type column:</source>
        <translation type="unfinished">Zelltyp-Spalte:</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="350"/>
        <source>Cell type enters as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="351"/>
        <source>Batch column:</source>
        <translation type="unfinished">Batch-Spalte:</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="352"/>
        <source>Batch enters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="353"/>
        <source>Condition column:</source>
        <translation type="unfinished">Bedingungsspalte:</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="354"/>
        <source>Control value:</source>
        <translation type="unfinished">Kontrollwert:</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="355"/>
        <source>Stimulated value:</source>
        <translation type="unfinished">Stimulationswert:</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="356"/>
        <source>Held-out cell type:</source>
        <translation type="unfinished">Zurückgehaltener Zelltyp:</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="357"/>
        <source>Gene graph:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="358"/>
        <source>Held-out perturbations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="362"/>
        <source>Optimiser steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="363"/>
        <source>Epochs:</source>
        <translation type="unfinished">Epochen:</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="364"/>
        <source>Base learning rate:</source>
        <translation type="unfinished">Basis-Lernrate:</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="365"/>
        <source>Batch size:</source>
        <translation type="unfinished">Batchgröße:</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="366"/>
        <source>Hidden size:</source>
        <translation type="unfinished">Versteckte Dimension:</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="367"/>
        <source>Depth (blocks):</source>
        <translation type="unfinished">Tiefe (Blöcke):</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="368"/>
        <source>Graph convolutions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="369"/>
        <source>Seed:</source>
        <translation type="unfinished">Seed:</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="370"/>
        <source>Device:</source>
        <translation type="unfinished">Gerät:</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="371"/>
        <source>CPU threads:</source>
        <translation type="unfinished">CPU-Threads:</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="359"/>
        <source>Context masking:</source>
        <translation type="unfinished">Kontextmaskierung:</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="228"/>
        <source>Annotation: the weight of the diffusion classifier&apos;s cross-entropy over the cell types, added to the denoising loss, so training also separates the errors annotation compares. Chosen from the data: %1 below %2 cells, where it made the classifier more accurate on small sets, else off (docs/engine.md, &quot;Training the classifier&apos;s decision&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="372"/>
        <source>Checkpoint every (epochs):</source>
        <translation type="unfinished">Checkpoint alle (Epochen):</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="373"/>
        <source>Classifier loss weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="374"/>
        <source>Validation fraction:</source>
        <translation type="unfinished">Validierungsanteil:</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="375"/>
        <source>Early-stopping patience (epochs):</source>
        <translation type="unfinished">Geduld für frühes Stoppen (Epochen):</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="384"/>
        <source>Data and conditioners</source>
        <translation type="unfinished">Daten und Konditionierer</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="385"/>
        <source>Network and training</source>
        <translation type="unfinished">Netz und Training</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="390"/>
        <source>Train</source>
        <translation type="unfinished">Trainieren</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="391"/>
        <source>Save config…</source>
        <translation type="unfinished">Konfiguration speichern…</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="392"/>
        <source>Load config…</source>
        <translation type="unfinished">Konfiguration laden…</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="397"/>
        <source>Save run configuration</source>
        <translation type="unfinished">Laufkonfiguration speichern</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="397"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished">JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="401"/>
        <source>Load run configuration</source>
        <translation type="unfinished">Laufkonfiguration laden</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="402"/>
        <source>JSON (*.json);;All files (*)</source>
        <translation type="unfinished">JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/train/TrainDialog.cpp" line="541"/>
        <source>The model learns all %Ln gene(s) of %1.</source>
        <translation type="unfinished">
            <numerusform>Das Modell lernt das %Ln Gen von %1.</numerusform>
            <numerusform>Das Modell lernt alle %Ln Gene von %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/train/TrainDialog.cpp" line="542"/>
        <source>The model learns the %1 most variable of the %Ln gene(s) of %2 (chosen on the log-normalised values); annotation and imputation match datasets to them by name.</source>
        <translation type="unfinished">
            <numerusform>Das Modell lernt die %1 variabelsten des %Ln Gens von %2 (gewählt auf den log-normalisierten Werten); Annotation und Imputation ordnen Datensätze ihnen über den Namen zu.</numerusform>
            <numerusform>Das Modell lernt die %1 variabelsten der %Ln Gene von %2 (gewählt auf den log-normalisierten Werten); Annotation und Imputation ordnen Datensätze ihnen über den Namen zu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="559"/>
        <source>%1 holds raw counts: they will be normalised (1e4 per cell) and log1p&apos;d for training.</source>
        <translation type="unfinished">%1 enthält Rohzählwerte: Für das Training werden sie normalisiert (1e4 pro Zelle) und log1p-transformiert.</translation>
    </message>
    <message>
        <source>%1 holds neither raw counts nor log-normalised values (negative or scaled values?); scDiff trains on counts or log1p-normalised expression: choose raw.X or a counts layer if the file has one.</source>
        <translation type="vanished">%1 enthält weder Rohzählwerte noch log-normalisierte Werte (negative oder skalierte Werte?); scDiff trainiert auf Zählwerten oder log1p-normalisierter Expression: Wählen Sie raw.X oder eine Ebene mit Zählwerten, falls die Datei eine hat.</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="568"/>
        <source>%1 holds %2. scDiff trains on counts or log-normalised expression: log-transform it, or choose a source with counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="571"/>
        <source>%1 holds %2. scDiff trains on counts or log1p-normalised expression: choose raw.X or a counts layer if the file has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="577"/>
        <source>%1 is empty or missing: there are no cells or genes to train on.</source>
        <translation type="unfinished">%1 ist leer oder fehlt: Es gibt keine Zellen oder Gene zum Trainieren.</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="642"/>
        <source>Cannot apply the preset</source>
        <translation type="unfinished">Die Voreinstellung kann nicht angewendet werden</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="662"/>
        <source>%1 (not available here)</source>
        <translation type="unfinished">%1 (hier nicht verfügbar)</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="695"/>
        <source>Effective learning rate: %1 (base × batch size %2)</source>
        <translation type="unfinished">Effektive Lernrate: %1 (Basis × Batchgröße %2)</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="719"/>
        <source>%1 epochs of %2 training cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="722"/>
        <source>%1 optimiser steps (%2 per epoch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="727"/>
        <source>; training takes about %1 on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="729"/>
        <source>; measuring this machine&apos;s speed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="94"/>
        <source>The %1 task needs a cell type column.</source>
        <translation type="unfinished">Die Aufgabe „%1“ benötigt eine Zelltyp-Spalte.</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="96"/>
        <source>There is no obs column “%1” with labels in this dataset.</source>
        <translation type="unfinished">In diesem Datensatz gibt es keine obs-Spalte „%1“ mit Bezeichnungen.</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="102"/>
        <source>Column “%1” has %2 distinct values, more than the %3 a cell type column can have; is it a cell ID or a number?</source>
        <translation type="unfinished">Spalte „%1“ hat %2 verschiedene Werte, mehr als die %3, die eine Zelltyp-Spalte haben kann; ist es eine Zell-ID oder eine Zahl?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/train/TrainDialog.cpp" line="108"/>
        <source>Column “%1” has %n class(es); annotation needs at least two cell types.</source>
        <translation type="unfinished">
            <numerusform>Spalte „%1“ hat %n Klasse; die Annotation benötigt mindestens zwei Zelltypen.</numerusform>
            <numerusform>Spalte „%1“ hat %n Klassen; die Annotation benötigt mindestens zwei Zelltypen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/train/TrainDialog.cpp" line="114"/>
        <source>%1 (%n cell(s))</source>
        <translation type="unfinished">
            <numerusform>%1 (%n Zelle)</numerusform>
            <numerusform>%1 (%n Zellen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/train/TrainDialog.cpp" line="118"/>
        <source>%n class(es) with fewer than %1 cells: %2. The model sees few examples of them, so their predictions are unreliable; consider merging them.</source>
        <translation type="unfinished">
            <numerusform>%n Klasse mit weniger als %1 Zellen: %2. Das Modell sieht nur wenige Beispiele davon, daher sind ihre Vorhersagen unzuverlässig; erwägen Sie, sie mit einer anderen Klasse zusammenzuführen.</numerusform>
            <numerusform>%n Klassen mit weniger als %1 Zellen: %2. Das Modell sieht nur wenige Beispiele davon, daher sind ihre Vorhersagen unzuverlässig; erwägen Sie, sie zusammenzuführen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="99"/>
        <source>Column “%1” has %2 distinct values, more than the %3 a batch column can have; is it a cell ID or a number?</source>
        <translation type="unfinished">Spalte „%1“ hat %2 verschiedene Werte, mehr als die %3, die eine Batch-Spalte haben kann; ist es eine Zell-ID oder eine Zahl?</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="130"/>
        <source>Perturbation needs a condition column (control / stimulated).</source>
        <translation type="unfinished">Perturbation benötigt eine Bedingungsspalte (Kontrolle / stimuliert).</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="135"/>
        <source>The control value “%1” does not occur in column “%2”.</source>
        <translation type="unfinished">Der Kontrollwert „%1“ kommt in Spalte „%2“ nicht vor.</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="136"/>
        <source>The stimulated value “%1” does not occur in column “%2”.</source>
        <translation type="unfinished">Der Stimulationswert „%1“ kommt in Spalte „%2“ nicht vor.</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="139"/>
        <source>Control and stimulated must be different values.</source>
        <translation type="unfinished">Kontrolle und Stimulation müssen verschiedene Werte sein.</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="141"/>
        <source>The held-out cell type “%1” does not occur in column “%2”.</source>
        <translation type="unfinished">Der zurückgehaltene Zelltyp „%1“ kommt in Spalte „%2“ nicht vor.</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="143"/>
        <source>The held-out cell type “%1” has no “%2” cells to predict from.</source>
        <translation type="unfinished">Der zurückgehaltene Zelltyp „%1“ hat keine „%2“-Zellen, aus denen vorhergesagt werden kann.</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="748"/>
        <source>The perturbed genes of each cell: KLF1, KLF1+MAP2K6, GEARS&apos;s KLF1+ctrl, and the control value for control cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="750"/>
        <source>Each cell&apos;s condition: the control and the stimulated value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="790"/>
        <source>The base learning rate must be a positive number, for example 1e-5.</source>
        <translation type="unfinished">Die Basis-Lernrate muss eine positive Zahl sein, zum Beispiel 1e-5.</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="795"/>
        <source>The device “%1” is not available on this computer.</source>
        <translation type="unfinished">Das Gerät „%1“ ist auf diesem Computer nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="810"/>
        <source>Train is off: %1</source>
        <translation type="unfinished">Training nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/train/TrainDialog.cpp" line="813"/>
        <source>%1 (and %n more)</source>
        <translation type="unfinished">
            <numerusform>%1 (und %n weiteres)</numerusform>
            <numerusform>%1 (und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="823"/>
        <source>Cannot save the configuration</source>
        <translation type="unfinished">Die Konfiguration kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="obsolete">%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="832"/>
        <location filename="../ui/train/TrainDialog.cpp" line="840"/>
        <source>Cannot load the configuration</source>
        <translation type="unfinished">Die Konfiguration kann nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="833"/>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished">%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="841"/>
        <source>%1 is not a usable run configuration: %2</source>
        <translation type="unfinished">%1 ist keine verwendbare Laufkonfiguration: %2</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::TrainTask</name>
    <message>
        <location filename="../ui/tasks/ModelTasks.cpp" line="39"/>
        <source>Training the scDiff model</source>
        <translation type="unfinished">Trainiere das scDiff-Modell</translation>
    </message>
    <message>
        <location filename="../ui/tasks/ModelTasks.cpp" line="39"/>
        <source>Resuming the training</source>
        <translation type="unfinished">Setze das Training fort</translation>
    </message>
    <message>
        <location filename="../ui/tasks/ModelTasks.cpp" line="40"/>
        <source>Cannot train the model</source>
        <translation type="unfinished">Das Modell kann nicht trainiert werden</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::TrainingDock</name>
    <message>
        <location filename="../ui/train/TrainingDock.cpp" line="15"/>
        <source>No model trained in this session. Use Model &gt; Train…</source>
        <translation type="unfinished">In dieser Sitzung wurde noch kein Modell trainiert. Verwenden Sie Modell &gt; Trainieren…</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainingDock.cpp" line="30"/>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainingDock.cpp" line="32"/>
        <source>Resume from checkpoint…</source>
        <translation type="unfinished">Ab Checkpoint fortsetzen…</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainingDock.cpp" line="59"/>
        <source>%p %</source>
        <translation type="unfinished">%p %</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainingDock.cpp" line="88"/>
        <source>The checkpoint can be resumed.</source>
        <translation type="unfinished">Das Training kann ab dem Checkpoint fortgesetzt werden.</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::TypeConditionerBox</name>
    <message>
        <location filename="../ui/train/TypeConditionerBox.cpp" line="51"/>
        <source>A learned vector per type (the paper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TypeConditionerBox.cpp" line="52"/>
        <source>A text embedding of each type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TypeConditionerBox.cpp" line="53"/>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TypeConditionerBox.cpp" line="55"/>
        <source>A text embedding gives a type with few or no training cells a condition that says what it is like (docs/prior_knowledge.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TypeConditionerBox.cpp" line="59"/>
        <source>Table file (TSV, .npy, .h5ad)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TypeConditionerBox.cpp" line="60"/>
        <source>The dataset&apos;s table (uns[&apos;scdiff_text_embeddings&apos;])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TypeConditionerBox.cpp" line="61"/>
        <source>Descriptions (TSV: type, text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TypeConditionerBox.cpp" line="62"/>
        <source>Cell ontology (.obo, .owl, .json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TypeConditionerBox.cpp" line="66"/>
        <source>the file with the cell types&apos; vectors or descriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TypeConditionerBox.cpp" line="25"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TypeConditionerBox.cpp" line="67"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TypeConditionerBox.cpp" line="67"/>
        <source>Cell-type table, descriptions or ontology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TypeConditionerBox.cpp" line="71"/>
        <source>Built-in lexical embedding (no language model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TypeConditionerBox.cpp" line="72"/>
        <source>A TorchScript language model (BERT family)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TypeConditionerBox.cpp" line="74"/>
        <source>The lexical embedding compares the words of the descriptions; a language model such as BioLinkBERT, exported with torch.jit.trace, compares their meaning ([CLS] vector of its last layer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TypeConditionerBox.cpp" line="78"/>
        <source>the model (.pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TypeConditionerBox.cpp" line="81"/>
        <source>its vocab.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TypeConditionerBox.cpp" line="82"/>
        <source>TorchScript text encoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TypeConditionerBox.cpp" line="83"/>
        <source>TorchScript (*.pt *.pth *.ts);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TypeConditionerBox.cpp" line="84"/>
        <source>WordPiece vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TypeConditionerBox.cpp" line="84"/>
        <source>Text (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TypeConditionerBox.cpp" line="176"/>
        <source>The text embedding needs a cell-type table: choose a table, descriptions or ontology file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TypeConditionerBox.cpp" line="179"/>
        <source>The language model needs its TorchScript file and its vocab.txt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TypeConditionerBox.cpp" line="197"/>
        <source>Every cell type needs a row of the table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TypeConditionerBox.cpp" line="210"/>
        <location filename="../ui/train/TypeConditionerBox.cpp" line="216"/>
        <source>Reading the cell-type table…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scdiff::ui::UserGuide</name>
    <message>
        <location filename="../ui/app/UserGuide.cpp" line="17"/>
        <source>scDiff Studio user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/UserGuide.cpp" line="34"/>
        <source>“%1” is one of the project&apos;s documents (the docs folder of its source), not part of the program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scdiff::ui::VerdictLine</name>
    <message>
        <location filename="../ui/results/VerdictLine.cpp" line="21"/>
        <source>Compared with the baselines on held-out data of this dataset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/VerdictLine.cpp" line="26"/>
        <source>Model &gt; Evaluate the last training settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/VerdictLine.cpp" line="29"/>
        <source>logistic regression and kNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/VerdictLine.cpp" line="32"/>
        <source>the gene mean and kNN smoothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/VerdictLine.cpp" line="33"/>
        <source>Model &gt; Evaluate imputation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/VerdictLine.cpp" line="36"/>
        <source>the mean shift of the other cell types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/VerdictLine.cpp" line="39"/>
        <source>the mean change, the nearest seen gene in the graph and the additive model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/VerdictLine.cpp" line="42"/>
        <source>Not compared with the baselines on this dataset yet: %1 holds data out and scores scDiff against %2. On small datasets a baseline is often as good or better (docs/engine.md).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
