<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <translation type="unfinished">chaîne</translation>
    </message>
    <message>
        <location filename="../ui/models/DataAccess.cpp" line="49"/>
        <source>categorical (%1)</source>
        <translation type="unfinished">catégorielle (%1)</translation>
    </message>
    <message>
        <location filename="../ui/models/DataAccess.cpp" line="53"/>
        <source>nullable integer</source>
        <translation type="unfinished">entier avec valeurs manquantes</translation>
    </message>
    <message>
        <location filename="../ui/models/DataAccess.cpp" line="55"/>
        <source>nullable boolean</source>
        <translation type="unfinished">booléen avec valeurs manquantes</translation>
    </message>
    <message>
        <location filename="../ui/models/DataAccess.cpp" line="57"/>
        <source>nullable string</source>
        <translation type="unfinished">chaîne avec valeurs manquantes</translation>
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
        <translation type="unfinished">annotation</translation>
    </message>
    <message>
        <location filename="../ui/common/DisplayNames.cpp" line="26"/>
        <source>imputation</source>
        <comment>task name inside a sentence</comment>
        <translation type="unfinished">imputation</translation>
    </message>
    <message>
        <location filename="../ui/common/DisplayNames.cpp" line="28"/>
        <source>perturbation</source>
        <comment>task name inside a sentence</comment>
        <translation type="unfinished">perturbation</translation>
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
        <translation type="unfinished">comptages bruts</translation>
    </message>
    <message>
        <location filename="../ui/common/DisplayNames.cpp" line="40"/>
        <source>log-normalised</source>
        <translation type="unfinished">log-normalisé</translation>
    </message>
    <message>
        <location filename="../ui/common/DisplayNames.cpp" line="42"/>
        <source>scaled or other values</source>
        <translation type="unfinished">valeurs mises à l&apos;échelle ou autres</translation>
    </message>
    <message>
        <location filename="../ui/common/DisplayNames.cpp" line="44"/>
        <source>empty</source>
        <translation type="unfinished">vide</translation>
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
        <translation type="unfinished">Une erreur inattendue a interrompu l&apos;opération.</translation>
    </message>
    <message>
        <location filename="../ui/plots/MarkerPlots.cpp" line="122"/>
        <source>gene (dot area: fraction of cells expressing)</source>
        <translation type="unfinished">gène (aire du point : fraction de cellules qui l&apos;expriment)</translation>
    </message>
    <message>
        <location filename="../ui/plots/MarkerPlots.cpp" line="124"/>
        <source>mean expression
(scaled per gene)</source>
        <translation type="unfinished">expression moyenne
(mise à l&apos;échelle par gène)</translation>
    </message>
    <message>
        <location filename="../ui/plots/MarkerPlots.cpp" line="142"/>
        <source>%1 expression</source>
        <translation type="unfinished">expression de %1</translation>
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
%n cellule</numerusform>
            <numerusform>%1
%n cellules</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/plots/MarkerPlots.cpp" line="286"/>
        <source>cells grouped by %1</source>
        <translation type="unfinished">cellules groupées par %1</translation>
    </message>
    <message>
        <location filename="../ui/plots/MarkerPlots.cpp" line="289"/>
        <source>expression
(scaled per gene)</source>
        <translation type="unfinished">expression
(mise à l&apos;échelle par gène)</translation>
    </message>
    <message>
        <location filename="../ui/session/Commands.cpp" line="87"/>
        <source>Normalise X (1e4 per cell, log1p; counts kept in layers[&apos;counts&apos;])</source>
        <translation type="unfinished">Normaliser X (1e4 par cellule, log1p ; comptages conservés dans layers[&apos;counts&apos;])</translation>
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
            <numerusform>Réétiqueter %n cellule en %1</numerusform>
            <numerusform>Réétiqueter %n cellules en %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/session/Commands.cpp" line="212"/>
        <source>Save selection as %1</source>
        <translation type="unfinished">Enregistrer la sélection comme %1</translation>
    </message>
    <message>
        <location filename="../ui/session/Commands.cpp" line="219"/>
        <source>Rename %1 to %2</source>
        <translation type="unfinished">Renommer %1 en %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/Commands.cpp" line="240"/>
        <source>Annotate %n cell(s) with the scDiff model</source>
        <translation type="unfinished">
            <numerusform>Annoter %n cellule avec le modèle scDiff</numerusform>
            <numerusform>Annoter %n cellules avec le modèle scDiff</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/Commands.cpp" line="258"/>
        <source>Impute %n cell(s) with the scDiff model</source>
        <translation type="unfinished">
            <numerusform>Imputer %n cellule avec le modèle scDiff</numerusform>
            <numerusform>Imputer %n cellules avec le modèle scDiff</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/Commands.cpp" line="294"/>
        <source>Accept the predictions of %n cell(s) into %1</source>
        <translation type="unfinished">
            <numerusform>Accepter la prédiction de %n cellule dans %1</numerusform>
            <numerusform>Accepter les prédictions de %n cellules dans %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="36"/>
        <source>agrees</source>
        <translation type="unfinished">concorde</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="36"/>
        <source>disagrees</source>
        <translation type="unfinished">diffère</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="36"/>
        <source>no label</source>
        <translation type="unfinished">sans étiquette</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="79"/>
        <source>%1 (not in this dataset)</source>
        <translation type="unfinished">%1 (absent de ce jeu de données)</translation>
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
        <translation type="unfinished">Explorer et annoter des jeux de données unicellulaires.</translation>
    </message>
    <message>
        <location filename="../app/studio/studio_main.cpp" line="46"/>
        <source>A .h5ad file, 10x folder or CSV to open.</source>
        <translation type="unfinished">Fichier .h5ad, dossier 10x ou CSV à ouvrir.</translation>
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
        <translation type="unfinished">Annotation avec le modèle scDiff</translation>
    </message>
    <message>
        <location filename="../ui/tasks/ModelTasks.cpp" line="92"/>
        <source>Cannot annotate</source>
        <translation type="unfinished">Annotation impossible</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::AnnotationResultsPanel</name>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="46"/>
        <source>n/a</source>
        <translation type="unfinished">n.d.</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="64"/>
        <source>Show agreement on embedding</source>
        <translation type="unfinished">Afficher la concordance sur le plongement</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="67"/>
        <source>Colours the embedding by whether the prediction agrees with the reference column</source>
        <translation type="unfinished">Colore le plongement selon la concordance entre la prédiction et la colonne de référence</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="72"/>
        <source>Reference column:</source>
        <translation type="unfinished">Colonne de référence :</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="86"/>
        <source>Confusion matrix</source>
        <translation type="unfinished">Matrice de confusion</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="91"/>
        <source>Class</source>
        <translation type="unfinished">Classe</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="91"/>
        <source>Precision</source>
        <translation type="unfinished">Précision</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="91"/>
        <source>Recall</source>
        <translation type="unfinished">Rappel</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="91"/>
        <source>F1</source>
        <translation type="unfinished">F1</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="91"/>
        <source>Support</source>
        <translation type="unfinished">Effectif</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="91"/>
        <source>Training</source>
        <translation type="unfinished">Entraînement</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="96"/>
        <source>Export table as CSV…</source>
        <translation type="unfinished">Exporter la table en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="99"/>
        <source>Export per-class metrics</source>
        <translation type="unfinished">Exporter les métriques par classe</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="100"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished">CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="122"/>
        <source>Select low-confidence cells</source>
        <translation type="unfinished">Sélectionner les cellules à faible confiance</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="123"/>
        <source>Selects the cells whose confidence (scdiff_confidence) is below the threshold</source>
        <translation type="unfinished">Sélectionne les cellules dont la confiance (scdiff_confidence) est inférieure au seuil</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="129"/>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="167"/>
        <source>only the selected cells</source>
        <translation type="unfinished">uniquement les cellules sélectionnées</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="131"/>
        <source>Accept predictions into…</source>
        <translation type="unfinished">Accepter les prédictions dans…</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="132"/>
        <source>Copies scdiff_cell_type into the chosen (or a new) obs column as one undoable step</source>
        <translation type="unfinished">Copie scdiff_cell_type dans la colonne obs choisie (ou une nouvelle) en une seule étape annulable</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="136"/>
        <source>Confidence below</source>
        <translation type="unfinished">Confiance inférieure à</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="166"/>
        <source>only the %n selected cell(s)</source>
        <translation type="unfinished">
            <numerusform>uniquement la cellule sélectionnée (%n)</numerusform>
            <numerusform>uniquement les %n cellules sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="220"/>
        <source>Annotate with a model (Model &gt; Annotate with model) to see how its predictions agree with a reference column.</source>
        <translation type="unfinished">Annotez avec un modèle (Modèle &gt; Annoter avec le modèle) pour voir dans quelle mesure ses prédictions concordent avec une colonne de référence.</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="223"/>
        <source>Choose a reference obs column to compare the predictions with.</source>
        <translation type="unfinished">Choisissez une colonne obs de référence à laquelle comparer les prédictions.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="242"/>
        <source>%n cell(s) compared; accuracy %1</source>
        <translation type="unfinished">
            <numerusform>%n cellule comparée ; exactitude %1</numerusform>
            <numerusform>%n cellules comparées ; exactitude %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="243"/>
        <source>%n cell(s) compared; accuracy %1 (cells without a label skipped: %2)</source>
        <translation type="unfinished">
            <numerusform>%n cellule comparée ; exactitude %1 (cellules sans étiquette ignorées : %2)</numerusform>
            <numerusform>%n cellules comparées ; exactitude %1 (cellules sans étiquette ignorées : %2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="250"/>
        <source>Macro accuracy: %1</source>
        <translation type="unfinished">Exactitude macro : %1</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="251"/>
        <source>Macro F1: %1</source>
        <translation type="unfinished">F1 macro : %1</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="315"/>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="322"/>
        <source>cells</source>
        <translation type="unfinished">cellules</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="353"/>
        <source>predicted (%1)</source>
        <translation type="unfinished">prédit (%1)</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="354"/>
        <source>reference (%1)</source>
        <translation type="unfinished">référence (%1)</translation>
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
        <translation type="unfinished">Prédite mais absente de la référence ; exclue des moyennes macro</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="412"/>
        <source>macro average</source>
        <translation type="unfinished">moyenne macro</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="424"/>
        <source>Cannot select cells</source>
        <translation type="unfinished">Impossible de sélectionner les cellules</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="425"/>
        <source>There is no confidence column; annotate with the model first.</source>
        <translation type="unfinished">Il n&apos;y a pas de colonne de confiance ; annotez d&apos;abord avec le modèle.</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="448"/>
        <source>Cannot accept the predictions</source>
        <translation type="unfinished">Impossible d&apos;accepter les prédictions</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="455"/>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="460"/>
        <source>Cannot export the table</source>
        <translation type="unfinished">Impossible d&apos;exporter la table</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="455"/>
        <source>There are no annotation results to export.</source>
        <translation type="unfinished">Il n&apos;y a aucun résultat d&apos;annotation à exporter.</translation>
    </message>
    <message>
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="460"/>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished">Impossible d&apos;écrire %1 : %2.</translation>
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
        <translation type="unfinished">Colonne %1 : %2</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::DatasetPanel</name>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="28"/>
        <source>sparse %1 × %2, %3 stored</source>
        <translation type="unfinished">matrice creuse %1 × %2, %3 valeurs stockées</translation>
    </message>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="34"/>
        <source>strings (%1)</source>
        <translation type="unfinished">chaînes (%1)</translation>
    </message>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="51"/>
        <source>Element</source>
        <translation type="unfinished">Élément</translation>
    </message>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="51"/>
        <source>Content</source>
        <translation type="unfinished">Contenu</translation>
    </message>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="55"/>
        <source>Summary</source>
        <translation type="unfinished">Résumé</translation>
    </message>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="56"/>
        <source>Cells (obs)</source>
        <translation type="unfinished">Cellules (obs)</translation>
    </message>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="57"/>
        <source>Genes (var)</source>
        <translation type="unfinished">Gènes (var)</translation>
    </message>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="71"/>
        <source>Filter rows (text in any column)…</source>
        <translation type="unfinished">Filtrer les lignes (texte dans une colonne)…</translation>
    </message>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="98"/>
        <source>Shape</source>
        <translation type="unfinished">Dimensions</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/DatasetPanel.cpp" line="98"/>
        <source>%Ln cell(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln cellule</numerusform>
            <numerusform>%Ln cellules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/DatasetPanel.cpp" line="99"/>
        <location filename="../ui/panels/DatasetPanel.cpp" line="120"/>
        <source>%Ln gene(s)</source>
        <translation type="unfinished">
            <numerusform>%Ln gène</numerusform>
            <numerusform>%Ln gènes</numerusform>
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
        <translation type="unfinished">%1 (matrice creuse)</translation>
    </message>
    <message>
        <location filename="../ui/panels/DatasetPanel.cpp" line="100"/>
        <source>absent</source>
        <translation type="unfinished">absente</translation>
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
        <translation type="unfinished">Calcul de l&apos;UMAP</translation>
    </message>
    <message>
        <location filename="../ui/tasks/DatasetTasks.cpp" line="51"/>
        <source>Computing PCA</source>
        <translation type="unfinished">Calcul de l&apos;ACP</translation>
    </message>
    <message>
        <location filename="../ui/tasks/DatasetTasks.cpp" line="51"/>
        <source>Cannot compute the embedding</source>
        <translation type="unfinished">Impossible de calculer le plongement</translation>
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
        <translation type="unfinished">dimension 1</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="50"/>
        <location filename="../ui/plots/EmbeddingView.cpp" line="210"/>
        <source>dimension 2</source>
        <translation type="unfinished">dimension 2</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="56"/>
        <source>Embedding (obsm key)</source>
        <translation type="unfinished">Plongement (clé obsm)</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="58"/>
        <source>Colour cells by an obs column</source>
        <translation type="unfinished">Colorer les cellules selon une colonne obs</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="61"/>
        <source>Colour by gene…</source>
        <translation type="unfinished">Colorer par gène…</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="70"/>
        <source>Point size (pixels)</source>
        <translation type="unfinished">Taille des points (pixels)</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="75"/>
        <source>Opacity</source>
        <translation type="unfinished">Opacité</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="88"/>
        <source>Pan/Zoom</source>
        <translation type="unfinished">Déplacer/Zoomer</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="88"/>
        <source>Drag to pan, wheel to zoom</source>
        <translation type="unfinished">Faites glisser pour déplacer, molette pour zoomer</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="89"/>
        <source>Lasso</source>
        <translation type="unfinished">Lasso</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="89"/>
        <source>Draw a lasso around cells to select them</source>
        <translation type="unfinished">Tracez un lasso autour des cellules pour les sélectionner</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="90"/>
        <source>Box</source>
        <translation type="unfinished">Rectangle</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="90"/>
        <source>Drag a rectangle to select cells</source>
        <translation type="unfinished">Tracez un rectangle pour sélectionner des cellules</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="92"/>
        <source>Reset view</source>
        <translation type="unfinished">Réinitialiser la vue</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="95"/>
        <source>Embedding:</source>
        <translation type="unfinished">Plongement :</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="97"/>
        <source>Colour:</source>
        <translation type="unfinished">Couleur :</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="100"/>
        <source>Size:</source>
        <translation type="unfinished">Taille :</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="102"/>
        <source>Opacity:</source>
        <translation type="unfinished">Opacité :</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="107"/>
        <source>Untick a category to hide its cells</source>
        <translation type="unfinished">Décochez une catégorie pour masquer ses cellules</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="112"/>
        <source>This dataset has no embedding yet: use Analysis &gt; Compute UMAP (or Compute PCA) to draw its cells.</source>
        <translation type="unfinished">Ce jeu de données n&apos;a pas encore de plongement : Analyse &gt; Calculer l&apos;UMAP (ou l&apos;ACP) dessine ses cellules.</translation>
    </message>
    <message>
        <location filename="../ui/plots/EmbeddingView.cpp" line="280"/>
        <source>%1 vs %2</source>
        <translation type="unfinished">%1 vs %2</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::EvaluationView</name>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="26"/>
        <source>n/a</source>
        <translation type="unfinished">n.d.</translation>
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
        <translation type="unfinished">Pearson (médiane par cellule)</translation>
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
        <translation type="unfinished">Corrélation de Pearson entre les vraies valeurs masquées et les valeurs imputées</translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="52"/>
        <source>Root mean squared error on the hidden entries (log-normalised scale)</source>
        <translation type="unfinished">Racine de l&apos;erreur quadratique moyenne sur les entrées masquées (échelle log-normalisée)</translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="54"/>
        <source>Median over cells (with at least two hidden entries) of the per-cell Pearson correlation</source>
        <translation type="unfinished">Médiane sur les cellules (ayant au moins deux entrées masquées) de la corrélation de Pearson par cellule</translation>
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
        <translation type="unfinished">valeur réelle (log-normalisée)</translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="220"/>
        <source>scDiff imputed value (log-normalised)</source>
        <translation type="unfinished">valeur imputée par scDiff (log-normalisée)</translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="225"/>
        <source>The report has no hidden entries to show</source>
        <translation type="unfinished">Le rapport ne contient aucune entrée masquée à afficher</translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="239"/>
        <source>hidden entries</source>
        <translation type="unfinished">entrées masquées</translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="242"/>
        <source>%1 on the hidden entries of run 1: Pearson %2, RMSE %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="243"/>
        <source>%1 on the hidden entries: Pearson %2, RMSE %3</source>
        <translation type="unfinished">%1 sur les entrées masquées : Pearson %2, RMSE %3</translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="250"/>
        <source>%1 of %2 hidden entries shown (evenly spaced)</source>
        <translation type="unfinished">%1 entrées masquées sur %2 affichées (régulièrement espacées)</translation>
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
        <translation type="unfinished">gènes</translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="275"/>
        <source>%1 held out (run 1): R² top-100 DE %2, all genes %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="286"/>
        <source>Method</source>
        <translation type="unfinished">Méthode</translation>
    </message>
    <message>
        <location filename="../ui/results/EvaluationView.cpp" line="288"/>
        <source>Seconds</source>
        <translation type="unfinished">Secondes</translation>
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
            <numerusform>%1 (%n cellule)</numerusform>
            <numerusform>%1 (%n cellules)</numerusform>
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
        <translation type="unfinished">Gène :</translation>
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
            <numerusform>%1 (%n cellule)</numerusform>
            <numerusform>%1 (%n cellules)</numerusform>
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
        <translation type="vanished">n.d.</translation>
    </message>
    <message>
        <source>true value (log-normalised)</source>
        <translation type="vanished">valeur réelle (log-normalisée)</translation>
    </message>
    <message>
        <source>scDiff imputed value (log-normalised)</source>
        <translation type="vanished">valeur imputée par scDiff (log-normalisée)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="vanished">Méthode</translation>
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
        <translation type="vanished">Pearson (médiane par cellule)</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="vanished">Secondes</translation>
    </message>
    <message>
        <source>scDiff and the baselines, on the same hidden entries in the same run</source>
        <translation type="vanished">scDiff et les méthodes de référence, sur les mêmes entrées masquées de la même exécution</translation>
    </message>
    <message>
        <source>Pearson correlation of the hidden true values and the imputed values</source>
        <translation type="vanished">Corrélation de Pearson entre les vraies valeurs masquées et les valeurs imputées</translation>
    </message>
    <message>
        <source>Root mean squared error on the hidden entries (log-normalised scale)</source>
        <translation type="vanished">Racine de l&apos;erreur quadratique moyenne sur les entrées masquées (échelle log-normalisée)</translation>
    </message>
    <message>
        <source>Median over cells (with at least two hidden entries) of the per-cell Pearson correlation</source>
        <translation type="vanished">Médiane sur les cellules (ayant au moins deux entrées masquées) de la corrélation de Pearson par cellule</translation>
    </message>
    <message>
        <source>Training and imputation time</source>
        <translation type="vanished">Durée de l&apos;entraînement et de l&apos;imputation</translation>
    </message>
    <message>
        <source>Scores on the hidden entries: scDiff and the baselines of the same run</source>
        <translation type="vanished">Scores sur les entrées masquées : scDiff et les méthodes de référence de la même exécution</translation>
    </message>
    <message>
        <source>Protocol: %1. Scores on the hidden entries; scDiff trained with the last run&apos;s settings (task imputation), the baselines on the same observed entries.</source>
        <translation type="vanished">Protocole : %1. Scores sur les entrées masquées ; scDiff entraîné avec les paramètres de la dernière exécution (tâche imputation), les méthodes de référence sur les mêmes entrées observées.</translation>
    </message>
    <message>
        <source>The report has no hidden entries to show</source>
        <translation type="vanished">Le rapport ne contient aucune entrée masquée à afficher</translation>
    </message>
    <message>
        <source>hidden entries</source>
        <translation type="vanished">entrées masquées</translation>
    </message>
    <message>
        <source>%1 on the hidden entries: Pearson %2, RMSE %3</source>
        <translation type="vanished">%1 sur les entrées masquées : Pearson %2, RMSE %3</translation>
    </message>
    <message>
        <source>%1 of %2 hidden entries shown (evenly spaced)</source>
        <translation type="vanished">%1 entrées masquées sur %2 affichées (régulièrement espacées)</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::ImputationView</name>
    <message>
        <location filename="../ui/results/ImputationView.cpp" line="31"/>
        <source>comma-separated gene names (default: the %1 most variable genes)</source>
        <translation type="unfinished">noms de gènes séparés par des virgules (par défaut : les %1 gènes les plus variables)</translation>
    </message>
    <message>
        <location filename="../ui/results/ImputationView.cpp" line="37"/>
        <source>Most variable</source>
        <translation type="unfinished">Plus variables</translation>
    </message>
    <message>
        <location filename="../ui/results/ImputationView.cpp" line="38"/>
        <source>The %1 genes with the largest variance of log-normalised X</source>
        <translation type="unfinished">Les %1 gènes de plus grande variance dans X log-normalisé</translation>
    </message>
    <message>
        <location filename="../ui/results/ImputationView.cpp" line="56"/>
        <source>Observed (X, log-normalised)</source>
        <translation type="unfinished">Observé (X, log-normalisé)</translation>
    </message>
    <message>
        <location filename="../ui/results/ImputationView.cpp" line="57"/>
        <source>Imputed (layers[&apos;scdiff_imputed&apos;])</source>
        <translation type="unfinished">Imputé (layers[&apos;scdiff_imputed&apos;])</translation>
    </message>
    <message>
        <location filename="../ui/results/ImputationView.cpp" line="67"/>
        <source>log-normalised expression</source>
        <translation type="unfinished">expression log-normalisée</translation>
    </message>
    <message>
        <location filename="../ui/results/ImputationView.cpp" line="78"/>
        <source>Genes:</source>
        <translation type="unfinished">Gènes :</translation>
    </message>
    <message>
        <location filename="../ui/results/ImputationView.cpp" line="82"/>
        <source>Order cells by:</source>
        <translation type="unfinished">Trier les cellules par :</translation>
    </message>
    <message>
        <location filename="../ui/results/ImputationView.cpp" line="160"/>
        <source>Impute with Model &gt; Impute with model to compare observed and imputed expression.</source>
        <translation type="unfinished">Imputez avec Modèle &gt; Imputer avec le modèle pour comparer l&apos;expression observée et imputée.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/ImputationView.cpp" line="188"/>
        <source>%n unknown gene(s): %1.</source>
        <translation type="unfinished">
            <numerusform>%n gène inconnu : %1.</numerusform>
            <numerusform>%n gènes inconnus : %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/results/ImputationView.cpp" line="189"/>
        <source>Only the first %1 genes are shown.</source>
        <translation type="unfinished">Seuls les %1 premiers gènes sont affichés.</translation>
    </message>
    <message>
        <location filename="../ui/results/ImputationView.cpp" line="190"/>
        <source>The dataset has no imputed layer yet (Model &gt; Impute with model).</source>
        <translation type="unfinished">Le jeu de données n&apos;a pas encore de couche imputée (Modèle &gt; Imputer avec le modèle).</translation>
    </message>
    <message>
        <location filename="../ui/results/ImputationView.cpp" line="271"/>
        <source>&lt;missing&gt;</source>
        <translation type="unfinished">&lt;manquant&gt;</translation>
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
            <numerusform>%n cellule triée par %1</numerusform>
            <numerusform>%n cellules triées par %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scdiff::ui::ImputeTask</name>
    <message>
        <location filename="../ui/tasks/ModelTasks.cpp" line="113"/>
        <source>Imputing with the scDiff model</source>
        <translation type="unfinished">Imputation avec le modèle scDiff</translation>
    </message>
    <message>
        <location filename="../ui/tasks/ModelTasks.cpp" line="113"/>
        <source>Cannot impute</source>
        <translation type="unfinished">Imputation impossible</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::LoadModelTask</name>
    <message>
        <location filename="../ui/tasks/ModelTasks.cpp" line="218"/>
        <source>Reading %1</source>
        <translation type="unfinished">Lecture de %1</translation>
    </message>
    <message>
        <location filename="../ui/tasks/ModelTasks.cpp" line="218"/>
        <source>Cannot load the model</source>
        <translation type="unfinished">Impossible de charger le modèle</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::LoadTask</name>
    <message>
        <location filename="../ui/tasks/DatasetTasks.cpp" line="13"/>
        <source>Opening %1</source>
        <translation type="unfinished">Ouverture de %1</translation>
    </message>
    <message>
        <location filename="../ui/tasks/DatasetTasks.cpp" line="13"/>
        <source>Cannot open the file</source>
        <translation type="unfinished">Impossible d&apos;ouvrir le fichier</translation>
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
        <translation type="unfinished">époque</translation>
    </message>
    <message>
        <location filename="../ui/train/LossCurveView.cpp" line="31"/>
        <source>loss (MSE)</source>
        <translation type="unfinished">perte (MSE)</translation>
    </message>
    <message>
        <location filename="../ui/train/LossCurveView.cpp" line="34"/>
        <source>train loss</source>
        <translation type="unfinished">perte d&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../ui/train/LossCurveView.cpp" line="38"/>
        <source>validation loss</source>
        <translation type="unfinished">perte de validation</translation>
    </message>
    <message>
        <location filename="../ui/train/LossCurveView.cpp" line="44"/>
        <location filename="../ui/train/LossCurveView.cpp" line="59"/>
        <source>No training yet</source>
        <translation type="unfinished">Pas encore d&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../ui/train/LossCurveView.cpp" line="59"/>
        <source>Epoch 0/%1 · preparing</source>
        <translation type="unfinished">Époque 0/%1 · préparation</translation>
    </message>
    <message>
        <location filename="../ui/train/LossCurveView.cpp" line="71"/>
        <source>Epoch %1/%2 · train loss %3 · %4 cells/s · %5 left</source>
        <translation type="unfinished">Époque %1/%2 · perte d&apos;entraînement %3 · %4 cellules/s · %5 restantes</translation>
    </message>
    <message>
        <location filename="../ui/train/LossCurveView.cpp" line="77"/>
        <source>Epoch %1/%2 · train loss %3 · %4 cells/s</source>
        <translation type="unfinished">Époque %1/%2 · perte d&apos;entraînement %3 · %4 cellules/s</translation>
    </message>
    <message>
        <location filename="../ui/train/LossCurveView.cpp" line="81"/>
        <source>Epoch %1/%2 · loss %3 · %4 cells/s · %5 left</source>
        <translation type="unfinished">Époque %1/%2 · perte %3 · %4 cellules/s · reste %5</translation>
    </message>
    <message>
        <location filename="../ui/train/LossCurveView.cpp" line="108"/>
        <source>Epoch %1/%2 · train loss %3</source>
        <translation type="unfinished">Époque %1/%2 · perte d&apos;entraînement %3</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::MainWindow</name>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="81"/>
        <source>Embedding</source>
        <translation type="unfinished">Plongement</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="82"/>
        <source>Markers</source>
        <translation type="unfinished">Marqueurs</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="84"/>
        <source>Annotation results</source>
        <translation type="unfinished">Résultats d&apos;annotation</translation>
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
        <translation type="unfinished">Jeu de données</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="104"/>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished">&lt;ouvert&gt;</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="105"/>
        <source>History</source>
        <translation type="unfinished">Historique</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="110"/>
        <source>Training</source>
        <translation type="unfinished">Entraînement</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="116"/>
        <source>Runs</source>
        <translation type="unfinished">Exécutions</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="141"/>
        <location filename="../ui/app/MainWindow.cpp" line="174"/>
        <source>No selection</source>
        <translation type="unfinished">Aucune sélection</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="147"/>
        <source>Cancel</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="171"/>
        <source>Cancelled</source>
        <translation type="unfinished">Annulé</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/app/MainWindow.cpp" line="174"/>
        <source>%n cell(s) selected</source>
        <translation type="unfinished">
            <numerusform>%n cellule sélectionnée</numerusform>
            <numerusform>%n cellules sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="204"/>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="205"/>
        <source>&amp;Open…</source>
        <translation type="unfinished">&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="206"/>
        <source>Open &amp;10x folder…</source>
        <translation type="unfinished">Ouvrir un dossier &amp;10x…</translation>
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
        <translation type="unfinished">Ouvrir le jeu de données d&apos;e&amp;xemple</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="211"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished">Fichiers &amp;récents</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="214"/>
        <source>&amp;Save session…</source>
        <translation type="unfinished">&amp;Enregistrer la session…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="218"/>
        <source>&amp;Export annotated h5ad…</source>
        <translation type="unfinished">Exporter le &amp;h5ad annoté…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="220"/>
        <source>Export &amp;obs table as CSV…</source>
        <translation type="unfinished">Exporter la table o&amp;bs en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="221"/>
        <source>Export &amp;markers table as CSV…</source>
        <translation type="unfinished">Exporter la table des &amp;marqueurs en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="222"/>
        <source>Export &amp;plot…</source>
        <translation type="unfinished">Exporter le &amp;graphique…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="222"/>
        <source>Ctrl+P</source>
        <translation type="unfinished">Ctrl+P</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="225"/>
        <source>&amp;Quit</source>
        <translation type="unfinished">&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="227"/>
        <source>&amp;Edit</source>
        <translation type="unfinished">&amp;Édition</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="228"/>
        <source>&amp;Undo</source>
        <translation type="unfinished">&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="230"/>
        <source>&amp;Redo</source>
        <translation type="unfinished">&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="236"/>
        <source>&amp;Relabel selected cells…</source>
        <translation type="unfinished">Réé&amp;tiqueter les cellules sélectionnées…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="236"/>
        <source>Ctrl+L</source>
        <translation type="unfinished">Ctrl+L</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="238"/>
        <source>&amp;Save selection as category…</source>
        <translation type="unfinished">&amp;Enregistrer la sélection comme catégorie…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="238"/>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished">Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="241"/>
        <source>Re&amp;name or merge category…</source>
        <translation type="unfinished">Re&amp;nommer ou fusionner une catégorie…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="243"/>
        <source>Select by &amp;gene expression…</source>
        <translation type="unfinished">Sélectionner par expression de &amp;gène…</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="243"/>
        <source>Ctrl+G</source>
        <translation type="unfinished">Ctrl+G</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="246"/>
        <source>&amp;Clear selection</source>
        <translation type="unfinished">Effa&amp;cer la sélection</translation>
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
        <translation type="unfinished">&amp;Normaliser et log-transformer X</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="256"/>
        <source>Scale every cell to 10,000 counts and take log1p; the counts are kept in layers[&apos;counts&apos;]</source>
        <translation type="unfinished">Ramener chaque cellule à 10 000 comptages puis appliquer log1p ; les comptages restent dans layers[&apos;counts&apos;]</translation>
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
        <translation type="unfinished">Calculer l&apos;&amp;ACP</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="268"/>
        <source>Find &amp;marker genes</source>
        <translation type="unfinished">Trouver les gènes &amp;marqueurs</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="268"/>
        <source>Ctrl+M</source>
        <translation type="unfinished">Ctrl+M</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="275"/>
        <source>Compute &amp;UMAP</source>
        <translation type="unfinished">Calculer l&apos;&amp;UMAP</translation>
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
        <translation type="unfinished">&amp;Modèle</translation>
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
        <translation type="unfinished">Jeux de données et sessions (*.h5ad *.h5 *.loom *.csv *.tsv *.txt *.scdiffsession);;Tous les fichiers (*)</translation>
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
        <translation type="vanished">É&amp;valuer les derniers paramètres d&apos;entraînement</translation>
    </message>
    <message>
        <source>Trains on a held-out split with the last run&apos;s settings and compares with baselines</source>
        <translation type="vanished">Entraîne sur une partition avec données exclues, avec les paramètres de la dernière exécution, et compare aux méthodes de référence</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="281"/>
        <source>&amp;View</source>
        <translation type="unfinished">Affic&amp;hage</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="283"/>
        <source>&amp;Reset zoom</source>
        <translation type="unfinished">&amp;Réinitialiser le zoom</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="283"/>
        <source>Ctrl+0</source>
        <translation type="unfinished">Ctrl+0</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="285"/>
        <source>&amp;Preferences</source>
        <translation type="unfinished">&amp;Préférences</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="285"/>
        <source>&amp;Language</source>
        <translation type="unfinished">&amp;Langue</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="289"/>
        <source>System default</source>
        <translation type="unfinished">Langue du système</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="297"/>
        <source>Language</source>
        <translation type="unfinished">Langue</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="298"/>
        <source>The new language is used after a restart of scDiff Studio.</source>
        <translation type="unfinished">La nouvelle langue sera utilisée après le redémarrage de scDiff Studio.</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="302"/>
        <source>&amp;Help</source>
        <translation type="unfinished">&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="309"/>
        <source>&amp;About scDiff Studio</source>
        <translation type="unfinished">À &amp;propos de scDiff Studio</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="322"/>
        <source>untitled</source>
        <translation type="unfinished">sans titre</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="323"/>
        <source>no dataset</source>
        <translation type="unfinished">aucun jeu de données</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="355"/>
        <location filename="../ui/app/MainWindow.cpp" line="361"/>
        <source>Cannot save the session</source>
        <translation type="unfinished">Impossible d&apos;enregistrer la session</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="355"/>
        <source>The dataset was not opened from a file; export it as h5ad first.</source>
        <translation type="unfinished">Le jeu de données n&apos;a pas été ouvert depuis un fichier ; exportez-le d&apos;abord en h5ad.</translation>
    </message>
    <message>
        <source>Cannot open the session</source>
        <translation type="obsolete">Impossible d&apos;ouvrir la session</translation>
    </message>
    <message>
        <source>%1 is not a readable session file (%2).</source>
        <translation type="obsolete">%1 n&apos;est pas un fichier de session lisible (%2).</translation>
    </message>
    <message>
        <source>Apply the session&apos;s edits</source>
        <translation type="obsolete">Appliquer les modifications de la session</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation type="obsolete">Définir %1</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="382"/>
        <source>Cannot apply the session</source>
        <translation type="unfinished">Impossible d&apos;appliquer la session</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="412"/>
        <source>Save session</source>
        <translation type="unfinished">Enregistrer la session</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="413"/>
        <source>scDiff sessions (*.scdiffsession)</source>
        <translation type="unfinished">Sessions scDiff (*.scdiffsession)</translation>
    </message>
    <message>
        <source>The dataset was replaced while X was normalised.</source>
        <translation type="vanished">Le jeu de données a été remplacé pendant la normalisation de X.</translation>
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
        <translation type="unfinished">Impossible d&apos;exporter le jeu de données</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="494"/>
        <source>Cannot export the table</source>
        <translation type="unfinished">Impossible d&apos;exporter la table</translation>
    </message>
    <message>
        <source>Datasets and sessions (*.h5ad *.csv *.tsv *.txt *.scdiffsession);;All files (*)</source>
        <translation type="vanished">Jeux de données et sessions (*.h5ad *.csv *.tsv *.txt *.scdiffsession);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="535"/>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imputation evaluation</source>
        <translation type="vanished">Évaluation de l&apos;imputation</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="494"/>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished">Impossible d&apos;écrire %1 : %2.</translation>
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
        <translation type="unfinished">Impossible d&apos;exporter le graphique</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="518"/>
        <source>The current tab shows a table, not a plot; export it as CSV instead.</source>
        <translation type="unfinished">L&apos;onglet actuel affiche une table, pas un graphique ; exportez-la plutôt en CSV.</translation>
    </message>
    <message>
        <source>Cannot write %1 (use .png, .svg or .pdf).</source>
        <translation type="vanished">Impossible d&apos;écrire %1 (utilisez .png, .svg ou .pdf).</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="550"/>
        <source>Export markers table</source>
        <translation type="unfinished">Exporter la table des marqueurs</translation>
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
        <translation type="unfinished">Réétiquetage impossible</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="574"/>
        <source>Cannot save the selection</source>
        <translation type="unfinished">Impossible d&apos;enregistrer la sélection</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="585"/>
        <source>Cannot rename the category</source>
        <translation type="unfinished">Impossible de renommer la catégorie</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="594"/>
        <source>Cannot select by gene</source>
        <translation type="unfinished">Sélection par gène impossible</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="594"/>
        <source>There is no gene named &quot;%1&quot; in this dataset.</source>
        <translation type="unfinished">Ce jeu de données ne contient aucun gène nommé « %1 ».</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="607"/>
        <source>Open dataset</source>
        <translation type="unfinished">Ouvrir un jeu de données</translation>
    </message>
    <message>
        <source>Datasets and sessions (*.h5ad *.h5 *.csv *.tsv *.txt *.scdiffsession);;All files (*)</source>
        <translation type="obsolete">Jeux de données et sessions (*.h5ad *.h5 *.csv *.tsv *.txt *.scdiffsession);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="619"/>
        <source>Open 10x folder</source>
        <translation type="unfinished">Ouvrir un dossier 10x</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="628"/>
        <source>Export annotated h5ad</source>
        <translation type="unfinished">Exporter le h5ad annoté</translation>
    </message>
    <message>
        <source>AnnData (*.h5ad)</source>
        <translation type="vanished">AnnData (*.h5ad)</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="634"/>
        <source>Export obs table</source>
        <translation type="unfinished">Exporter la table obs</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="648"/>
        <location filename="../ui/app/MainWindow.cpp" line="668"/>
        <source>Export plot</source>
        <translation type="unfinished">Exporter le graphique</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="659"/>
        <source>Width (px):</source>
        <translation type="unfinished">Largeur (px) :</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="660"/>
        <source>Height (px):</source>
        <translation type="unfinished">Hauteur (px) :</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="661"/>
        <source>Resolution (dpi):</source>
        <translation type="unfinished">Résolution (ppp) :</translation>
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
        <translation type="unfinished">Réétiqueter les cellules sélectionnées</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="678"/>
        <source>Column (or type a new one):</source>
        <translation type="unfinished">Colonne (ou saisir une nouvelle) :</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="682"/>
        <source>New label:</source>
        <translation type="unfinished">Nouvelle étiquette :</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="688"/>
        <source>Save selection as category</source>
        <translation type="unfinished">Enregistrer la sélection comme catégorie</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="688"/>
        <source>New obs column name:</source>
        <translation type="unfinished">Nom de la nouvelle colonne obs :</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="689"/>
        <source>selection</source>
        <translation type="unfinished">selection</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="698"/>
        <location filename="../ui/app/MainWindow.cpp" line="703"/>
        <location filename="../ui/app/MainWindow.cpp" line="706"/>
        <source>Rename category</source>
        <translation type="unfinished">Renommer la catégorie</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="698"/>
        <source>Column:</source>
        <translation type="unfinished">Colonne :</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="703"/>
        <source>Category:</source>
        <translation type="unfinished">Catégorie :</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="706"/>
        <source>New name (an existing name merges the two):</source>
        <translation type="unfinished">Nouveau nom (un nom existant fusionne les deux) :</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="712"/>
        <source>Select by gene expression</source>
        <translation type="unfinished">Sélectionner par expression de gène</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="720"/>
        <source>Gene:</source>
        <translation type="unfinished">Gène :</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="721"/>
        <source>Comparison:</source>
        <translation type="unfinished">Comparaison :</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="722"/>
        <source>Threshold:</source>
        <translation type="unfinished">Seuil :</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="732"/>
        <source>&lt;b&gt;scDiff Studio&lt;/b&gt; %1&lt;br&gt;Single-cell data exploration and the scDiff diffusion model.&lt;br&gt;&lt;br&gt;Qt %2&lt;br&gt;HDF5 %3&lt;br&gt;LibTorch %4</source>
        <translation type="unfinished">&lt;b&gt;scDiff Studio&lt;/b&gt; %1&lt;br&gt;Exploration de données unicellulaires et modèle de diffusion scDiff.&lt;br&gt;&lt;br&gt;Qt %2&lt;br&gt;HDF5 %3&lt;br&gt;LibTorch %4</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="738"/>
        <source>About scDiff Studio</source>
        <translation type="unfinished">À propos de scDiff Studio</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="742"/>
        <source>A job is running</source>
        <translation type="unfinished">Une tâche est en cours</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="743"/>
        <source>%1 is still running. Stop it and quit?</source>
        <translation type="unfinished">%1 est toujours en cours. L&apos;arrêter et quitter ?</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="750"/>
        <source>Unsaved changes</source>
        <translation type="unfinished">Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/app/MainWindow.cpp" line="751"/>
        <source>The annotations were changed. Export them before closing?</source>
        <translation type="unfinished">Les annotations ont été modifiées. Les exporter avant de fermer ?</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::MarkerPanel</name>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="30"/>
        <source>Genes, separated by commas or spaces</source>
        <translation type="unfinished">Gènes, séparés par des virgules ou des espaces</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="32"/>
        <source>Gene shown in the violin plot</source>
        <translation type="unfinished">Gène affiché dans le diagramme en violon</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="33"/>
        <source>Find top markers</source>
        <translation type="unfinished">Trouver les meilleurs marqueurs</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="41"/>
        <source>Dot plot</source>
        <translation type="unfinished">Diagramme à points</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="42"/>
        <source>Violin</source>
        <translation type="unfinished">Violon</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="43"/>
        <source>Heat map</source>
        <translation type="unfinished">Carte thermique</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="44"/>
        <source>Top markers</source>
        <translation type="unfinished">Meilleurs marqueurs</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="47"/>
        <source>Group by:</source>
        <translation type="unfinished">Grouper par :</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="49"/>
        <source>Genes:</source>
        <translation type="unfinished">Gènes :</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="52"/>
        <source>Violin gene:</source>
        <translation type="unfinished">Gène du violon :</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="131"/>
        <source>Cannot draw the marker plots</source>
        <translation type="unfinished">Impossible de dessiner les graphiques des marqueurs</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="154"/>
        <source>group</source>
        <translation type="unfinished">groupe</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="155"/>
        <source>rank</source>
        <translation type="unfinished">rang</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="156"/>
        <source>gene</source>
        <translation type="unfinished">gène</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="157"/>
        <source>score</source>
        <translation type="unfinished">score</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="158"/>
        <source>log2 fold change</source>
        <translation type="unfinished">log2 du rapport</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="159"/>
        <source>p-value</source>
        <translation type="unfinished">valeur p</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="160"/>
        <source>adjusted p-value</source>
        <translation type="unfinished">valeur p ajustée</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="161"/>
        <source>mean in group</source>
        <translation type="unfinished">moyenne du groupe</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="162"/>
        <source>fraction expressing</source>
        <translation type="unfinished">fraction exprimant</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="194"/>
        <source>Cannot export the markers</source>
        <translation type="unfinished">Impossible d&apos;exporter les marqueurs</translation>
    </message>
    <message>
        <location filename="../ui/panels/MarkerPanel.cpp" line="195"/>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished">Impossible d&apos;écrire %1 : %2.</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::MetricsPanel</name>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="30"/>
        <source>n/a</source>
        <translation type="unfinished">n.d.</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="46"/>
        <source>no labels</source>
        <translation type="unfinished">aucune étiquette</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="48"/>
        <source>%1 held out</source>
        <translation type="unfinished">%1 mis de côté</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/MetricsPanel.cpp" line="50"/>
        <source>%n gene(s)</source>
        <translation type="unfinished">
            <numerusform>%n gène</numerusform>
            <numerusform>%n gènes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/MetricsPanel.cpp" line="52"/>
        <source>%n most variable gene(s)</source>
        <translation type="unfinished">
            <numerusform>le gène le plus variable</numerusform>
            <numerusform>les %n gènes les plus variables</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="54"/>
        <source>all genes</source>
        <translation type="unfinished">tous les gènes</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="55"/>
        <source>d %1 × %2</source>
        <translation type="unfinished">d %1 × %2</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="56"/>
        <source>lr %1 (batch %2)</source>
        <translation type="unfinished">lr %1 (lot %2)</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="59"/>
        <source>seed %1</source>
        <translation type="unfinished">graine %1</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="70"/>
        <source>Finished</source>
        <translation type="unfinished">Terminé</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="70"/>
        <source>Task</source>
        <translation type="unfinished">Tâche</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="70"/>
        <source>Preset</source>
        <translation type="unfinished">Préréglage</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="70"/>
        <source>Epochs</source>
        <translation type="unfinished">Époques</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="70"/>
        <source>Metrics</source>
        <translation type="unfinished">Métriques</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="70"/>
        <source>Time (s)</source>
        <translation type="unfinished">Durée (s)</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="70"/>
        <source>Settings</source>
        <translation type="unfinished">Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="79"/>
        <source>Export CSV…</source>
        <translation type="unfinished">Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="80"/>
        <source>Export JSON…</source>
        <translation type="unfinished">Exporter en JSON…</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="124"/>
        <source>evaluation (%1, %2 runs): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="128"/>
        <source>evaluation (%1): %2</source>
        <translation type="unfinished">évaluation (%1) : %2</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="151"/>
        <location filename="../ui/results/MetricsPanel.cpp" line="224"/>
        <source>Cannot export the runs</source>
        <translation type="unfinished">Impossible d&apos;exporter les exécutions</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="151"/>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished">Impossible d&apos;écrire %1 : %2.</translation>
    </message>
    <message>
        <location filename="../ui/results/MetricsPanel.cpp" line="231"/>
        <source>Export runs</source>
        <translation type="unfinished">Exporter les exécutions</translation>
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
        <translation type="unfinished">En&amp;traîner…</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="83"/>
        <source>Ctrl+T</source>
        <translation type="unfinished">Ctrl+T</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="86"/>
        <source>&amp;Annotate with model</source>
        <translation type="unfinished">&amp;Annoter avec le modèle</translation>
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
        <translation type="unfinished">&amp;Imputer avec le modèle</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="106"/>
        <source>&amp;Predict perturbation…</source>
        <translation type="unfinished">&amp;Prédire une perturbation…</translation>
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
        <translation type="unfinished">Évaluer l&apos;imp&amp;utation (masquer 10 % des entrées)…</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="130"/>
        <source>Evaluate imputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="134"/>
        <source>Hides 10 % of the non-zero entries, trains an imputation model with the last run&apos;s settings on the rest and compares its imputed values with baselines</source>
        <translation type="unfinished">Masque 10 % des entrées non nulles, entraîne un modèle d&apos;imputation avec les paramètres de la dernière exécution sur le reste et compare ses valeurs imputées aux méthodes de référence</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="138"/>
        <source>&amp;Save model…</source>
        <translation type="unfinished">&amp;Enregistrer le modèle…</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="141"/>
        <source>&amp;Load model…</source>
        <translation type="unfinished">&amp;Charger un modèle…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/app/ModelController.cpp" line="171"/>
        <source>Model: %1, %Ln gene(s).</source>
        <translation type="unfinished">
            <numerusform>Modèle : %1, %Ln gène.</numerusform>
            <numerusform>Modèle : %1, %Ln gènes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/app/ModelController.cpp" line="174"/>
        <source>Model: %1, %Ln gene(s). It cannot be applied to this dataset: %2</source>
        <translation type="unfinished">
            <numerusform>Modèle : %1, %Ln gène. Il ne peut pas être appliqué à ce jeu de données : %2</numerusform>
            <numerusform>Modèle : %1, %Ln gènes. Il ne peut pas être appliqué à ce jeu de données : %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/app/ModelController.cpp" line="180"/>
        <source>Model: %1, %Ln gene(s), all found in this dataset.</source>
        <translation type="unfinished">
            <numerusform>Modèle : %1, %Ln gène, trouvé dans ce jeu de données.</numerusform>
            <numerusform>Modèle : %1, %Ln gènes, tous trouvés dans ce jeu de données.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/app/ModelController.cpp" line="182"/>
        <source>Model: %1, %Ln gene(s); %2 found in this dataset, %3 missing (fed as zeros).</source>
        <translation type="unfinished">
            <numerusform>Modèle : %1, %Ln gène ; %2 trouvés dans ce jeu de données, %3 manquants (remplacés par des zéros).</numerusform>
            <numerusform>Modèle : %1, %Ln gènes ; %2 trouvés dans ce jeu de données, %3 manquants (remplacés par des zéros).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="193"/>
        <source>The model cannot be applied to this dataset</source>
        <translation type="unfinished">Le modèle ne peut pas être appliqué à ce jeu de données</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="200"/>
        <source>Genes missing</source>
        <translation type="unfinished">Gènes manquants</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/app/ModelController.cpp" line="201"/>
        <source>This dataset has %1 of the model&apos;s %Ln gene(s); the %2 missing are fed to the model as zeros, which makes its results less reliable. Apply the model anyway?</source>
        <translation type="unfinished">
            <numerusform>Ce jeu de données a %1 du %Ln gène du modèle ; les %2 manquants sont donnés au modèle comme des zéros, ce qui rend ses résultats moins fiables. Appliquer le modèle quand même ?</numerusform>
            <numerusform>Ce jeu de données a %1 des %Ln gènes du modèle ; les %2 manquants sont donnés au modèle comme des zéros, ce qui rend ses résultats moins fiables. Appliquer le modèle quand même ?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="279"/>
        <source>Training cancelled.</source>
        <translation type="unfinished">Entraînement annulé.</translation>
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
        <translation type="unfinished">Échec de l&apos;entraînement : %1</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="263"/>
        <source>training (%1)</source>
        <translation type="unfinished">entraînement (%1)</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="300"/>
        <source>use Model &gt; Annotate with model.</source>
        <translation type="unfinished">utilisez Modèle &gt; Annoter avec le modèle.</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="302"/>
        <source>use Model &gt; Impute with model.</source>
        <translation type="unfinished">utilisez Modèle &gt; Imputer avec le modèle.</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="304"/>
        <source>use Model &gt; Predict perturbation…</source>
        <translation type="unfinished">utilisez Modèle &gt; Prédire une perturbation…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/app/ModelController.cpp" line="273"/>
        <source>Trained %n epoch(s) of a model with %1 parameters on %2; %3</source>
        <translation type="unfinished">
            <numerusform>%n époque d&apos;un modèle à %1 paramètres entraînée sur %2 ; %3</numerusform>
            <numerusform>%n époques d&apos;un modèle à %1 paramètres entraînées sur %2 ; %3</numerusform>
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
            <numerusform>%1 · préréglage %2 · %n époque</numerusform>
            <numerusform>%1 · préréglage %2 · %n époques</numerusform>
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
        <translation type="unfinished">Reprendre l&apos;entraînement depuis un point de contrôle</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="323"/>
        <location filename="../ui/app/ModelController.cpp" line="596"/>
        <source>scDiff models (*.pt);;All files (*)</source>
        <translation type="unfinished">Modèles scDiff (*.pt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The dataset was replaced while the annotation ran.</source>
        <translation type="vanished">Le jeu de données a été remplacé pendant l&apos;annotation.</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="335"/>
        <source>annotation</source>
        <translation type="unfinished">annotation</translation>
    </message>
    <message>
        <source>The dataset was replaced while the imputation ran.</source>
        <translation type="vanished">Le jeu de données a été remplacé pendant l&apos;imputation.</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="422"/>
        <source>imputation</source>
        <translation type="unfinished">imputation</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="434"/>
        <location filename="../ui/app/ModelController.cpp" line="448"/>
        <source>Cannot predict a perturbation</source>
        <translation type="unfinished">Impossible de prédire une perturbation</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="434"/>
        <source>The model has no cell types.</source>
        <translation type="unfinished">Le modèle n&apos;a aucun type cellulaire.</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="437"/>
        <source>Predict perturbation</source>
        <translation type="unfinished">Prédire une perturbation</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="438"/>
        <source>Cell type whose control cells are perturbed:</source>
        <translation type="unfinished">Type cellulaire dont les cellules témoins sont perturbées :</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="449"/>
        <source>The model was trained for %1; train a model for the perturbation task (with a condition column).</source>
        <translation type="unfinished">Le modèle a été entraîné pour la tâche %1 ; entraînez un modèle pour la tâche de perturbation (avec une colonne de condition).</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="458"/>
        <source>perturbation (%1)</source>
        <translation type="unfinished">perturbation (%1)</translation>
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
        <translation type="unfinished">Impossible d&apos;enregistrer les cellules prédites</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="513"/>
        <source>Save predicted cells</source>
        <translation type="unfinished">Enregistrer les cellules prédites</translation>
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
        <translation type="unfinished">Évaluation des paramètres (%1)</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="534"/>
        <source>Cannot evaluate</source>
        <translation type="unfinished">Évaluation impossible</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="548"/>
        <source>Evaluating imputation (10 % of the entries hidden)</source>
        <translation type="unfinished">Évaluation de l&apos;imputation (10 % des entrées masquées)</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="549"/>
        <source>Cannot evaluate imputation</source>
        <translation type="unfinished">Impossible d&apos;évaluer l&apos;imputation</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/app/ModelController.cpp" line="582"/>
        <source>Loaded %1: %n epoch(s), %2 parameters.</source>
        <translation type="unfinished">
            <numerusform>%1 chargé : %n époque, %2 paramètres.</numerusform>
            <numerusform>%1 chargé : %n époques, %2 paramètres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="589"/>
        <source>Save model</source>
        <translation type="unfinished">Enregistrer le modèle</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="590"/>
        <source>scDiff models (*.pt)</source>
        <translation type="unfinished">Modèles scDiff (*.pt)</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="595"/>
        <source>Load model</source>
        <translation type="unfinished">Charger un modèle</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="607"/>
        <source>Unsaved model</source>
        <translation type="unfinished">Modèle non enregistré</translation>
    </message>
    <message>
        <location filename="../ui/app/ModelController.cpp" line="608"/>
        <source>The model trained in this session is not saved and is lost when scDiff Studio quits. Save it first?</source>
        <translation type="unfinished">Le modèle entraîné dans cette session n&apos;est pas enregistré et sera perdu à la fermeture de scDiff Studio. L&apos;enregistrer d&apos;abord ?</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::NormaliseTask</name>
    <message>
        <location filename="../ui/tasks/DatasetTasks.cpp" line="100"/>
        <source>Normalising X</source>
        <translation type="unfinished">Normalisation de X</translation>
    </message>
    <message>
        <location filename="../ui/tasks/DatasetTasks.cpp" line="100"/>
        <source>Cannot normalise X</source>
        <translation type="unfinished">Impossible de normaliser X</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::OpenSessionTask</name>
    <message>
        <location filename="../ui/tasks/DatasetTasks.cpp" line="25"/>
        <source>Opening %1</source>
        <translation type="unfinished">Ouverture de %1</translation>
    </message>
    <message>
        <location filename="../ui/tasks/DatasetTasks.cpp" line="25"/>
        <source>Cannot open the session</source>
        <translation type="unfinished">Impossible d&apos;ouvrir la session</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::PerturbTask</name>
    <message>
        <location filename="../ui/tasks/ModelTasks.cpp" line="131"/>
        <source>Predicting the %1 perturbation of %2</source>
        <translation type="unfinished">Prédiction de la perturbation « %1 » de %2</translation>
    </message>
    <message>
        <location filename="../ui/tasks/ModelTasks.cpp" line="133"/>
        <source>Cannot predict the perturbation</source>
        <translation type="unfinished">Impossible de prédire la perturbation</translation>
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
        <translation type="unfinished">Enregistrer les cellules prédites en h5ad…</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="49"/>
        <location filename="../ui/results/PerturbationView.cpp" line="50"/>
        <source>Gene</source>
        <translation type="unfinished">Gène</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="49"/>
        <source>Control</source>
        <translation type="unfinished">Témoin</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="49"/>
        <source>Predicted</source>
        <translation type="unfinished">Prédit</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="49"/>
        <source>Pred. Δ</source>
        <translation type="unfinished">Δ prédit</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="49"/>
        <source>Obs. Δ</source>
        <translation type="unfinished">Δ observé</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="50"/>
        <source>Mean of the type&apos;s control cells</source>
        <translation type="unfinished">Moyenne des cellules témoins du type</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="51"/>
        <source>Mean of the predicted stimulated cells</source>
        <translation type="unfinished">Moyenne des cellules stimulées prédites</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="52"/>
        <source>Predicted change: predicted stimulated − control</source>
        <translation type="unfinished">Changement prédit : stimulé prédit − témoin</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="53"/>
        <source>Observed change: observed stimulated − control (when the dataset has such cells)</source>
        <translation type="unfinished">Changement observé : stimulé observé − témoin (si le jeu de données contient de telles cellules)</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="61"/>
        <source>Export CSV…</source>
        <translation type="unfinished">Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="66"/>
        <source>Export the DE table</source>
        <translation type="unfinished">Exporter la table DE</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="66"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished">CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="69"/>
        <source>All model genes by |predicted change| (log-normalised means)</source>
        <translation type="unfinished">Tous les gènes du modèle par |changement prédit| (moyennes log-normalisées)</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="93"/>
        <source>Gene (top 20 by |predicted change|):</source>
        <translation type="unfinished">Gène (20 premiers par |changement prédit|) :</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="100"/>
        <source>Top changes</source>
        <translation type="unfinished">Principaux changements</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="101"/>
        <source>Predicted vs observed</source>
        <translation type="unfinished">Prédit vs observé</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="102"/>
        <source>Violins</source>
        <translation type="unfinished">Violons</translation>
    </message>
    <message>
        <source>Predict a perturbation with Model &gt; Predict perturbation… (a model trained for the perturbation task).</source>
        <translation type="obsolete">Prédisez une perturbation avec Modèle &gt; Prédire une perturbation… (un modèle entraîné pour la tâche de perturbation).</translation>
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
            <numerusform>%1 : %2 prédit vs %3 (%n cellule témoin)</numerusform>
            <numerusform>%1 : %2 prédit vs %3 (%n cellules témoins)</numerusform>
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
            <numerusform>%1 (%n cellule)</numerusform>
            <numerusform>%1 (%n cellules)</numerusform>
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
        <translation type="unfinished">n.d.</translation>
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
            <numerusform>Observé : %n cellule stimulée de ce type.  R² du changement moyen prédit vs observé : %1 (%2 premiers gènes DE), %3 (tous les %4 gènes)</numerusform>
            <numerusform>Observé : %n cellules stimulées de ce type.  R² du changement moyen prédit vs observé : %1 (%2 premiers gènes DE), %3 (tous les %4 gènes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="281"/>
        <source>The dataset has no %1 cells of this type: only the predicted change is shown.</source>
        <translation type="unfinished">Le jeu de données ne contient aucune cellule %1 de ce type : seul le changement prédit est affiché.</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="316"/>
        <location filename="../ui/results/PerturbationView.cpp" line="322"/>
        <source>Cannot export the DE table</source>
        <translation type="unfinished">Impossible d&apos;exporter la table DE</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="317"/>
        <source>There is no perturbation prediction to export.</source>
        <translation type="unfinished">Il n&apos;y a aucune prédiction de perturbation à exporter.</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="323"/>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished">Impossible d&apos;écrire %1 : %2.</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="380"/>
        <source>predicted − control</source>
        <translation type="unfinished">prédit − témoin</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="387"/>
        <source>observed − control</source>
        <translation type="unfinished">observé − témoin</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="402"/>
        <source>mean change (log-normalised)</source>
        <translation type="unfinished">changement moyen (log-normalisé)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/PerturbationView.cpp" line="403"/>
        <source>top %n gene(s) by |predicted − control|</source>
        <translation type="unfinished">
            <numerusform>%n premier gène selon |prédit − témoin|</numerusform>
            <numerusform>%n premiers gènes selon |prédit − témoin|</numerusform>
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
        <translation type="unfinished">Aucune cellule stimulée observée de ce type à comparer</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="432"/>
        <source>genes</source>
        <translation type="unfinished">gènes</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="442"/>
        <source>Pearson = %1 (top %2 DE genes), %3 (all %4 genes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="448"/>
        <source>R² = %1 (top %2 DE genes), %3 (all %4 genes)</source>
        <translation type="unfinished">R² = %1 (%2 premiers gènes DE), %3 (tous les %4 gènes)</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="456"/>
        <source>observed mean change (perturbed − control)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="457"/>
        <source>observed mean change (stimulated − control)</source>
        <translation type="unfinished">changement moyen observé (stimulé − témoin)</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="458"/>
        <source>predicted mean change (predicted − control)</source>
        <translation type="unfinished">changement moyen prédit (prédit − témoin)</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="479"/>
        <location filename="../ui/results/PerturbationView.cpp" line="481"/>
        <source>%1 (observed)</source>
        <translation type="unfinished">%1 (observé)</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="483"/>
        <source>%1 (predicted)</source>
        <translation type="unfinished">%1 (prédit)</translation>
    </message>
    <message>
        <location filename="../ui/results/PerturbationView.cpp" line="486"/>
        <source>%1 expression (log-normalised)</source>
        <translation type="unfinished">expression de %1 (log-normalisée)</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::RankMarkersTask</name>
    <message>
        <location filename="../ui/tasks/DatasetTasks.cpp" line="132"/>
        <source>Ranking marker genes</source>
        <translation type="unfinished">Classement des gènes marqueurs</translation>
    </message>
    <message>
        <location filename="../ui/tasks/DatasetTasks.cpp" line="132"/>
        <source>Cannot rank marker genes</source>
        <translation type="unfinished">Impossible de classer les gènes marqueurs</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::ReadCheckpointSettingsTask</name>
    <message>
        <location filename="../ui/tasks/ModelTasks.cpp" line="84"/>
        <source>Reading %1</source>
        <translation type="unfinished">Lecture de %1</translation>
    </message>
    <message>
        <location filename="../ui/tasks/ModelTasks.cpp" line="84"/>
        <source>Cannot resume the training</source>
        <translation type="unfinished">Impossible de reprendre l&apos;entraînement</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::SaveDatasetTask</name>
    <message>
        <location filename="../ui/tasks/DatasetTasks.cpp" line="124"/>
        <source>Writing %1</source>
        <translation type="unfinished">Écriture de %1</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::SaveModelTask</name>
    <message>
        <location filename="../ui/tasks/ModelTasks.cpp" line="211"/>
        <source>Writing %1</source>
        <translation type="unfinished">Écriture de %1</translation>
    </message>
    <message>
        <location filename="../ui/tasks/ModelTasks.cpp" line="211"/>
        <source>Cannot save the model</source>
        <translation type="unfinished">Impossible d&apos;enregistrer le modèle</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::SyntheticTask</name>
    <message>
        <location filename="../ui/tasks/DatasetTasks.cpp" line="41"/>
        <source>Generating example data</source>
        <translation type="unfinished">Génération des données d&apos;exemple</translation>
    </message>
    <message>
        <location filename="../ui/tasks/DatasetTasks.cpp" line="41"/>
        <source>Cannot create the example dataset</source>
        <translation type="unfinished">Impossible de créer le jeu de données d&apos;exemple</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::TrainDialog</name>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="159"/>
        <source>Train scDiff model</source>
        <translation type="unfinished">Entraîner un modèle scDiff</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="176"/>
        <location filename="../ui/train/TrainDialog.cpp" line="622"/>
        <source>(none)</source>
        <translation type="unfinished">(aucune)</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="212"/>
        <source>only at the end</source>
        <translation type="unfinished">uniquement à la fin</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="214"/>
        <location filename="../ui/train/TrainDialog.cpp" line="226"/>
        <source>off</source>
        <translation type="unfinished">désactivé</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="224"/>
        <source>none</source>
        <translation type="unfinished">aucune</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="240"/>
        <source>Automatic (a GPU when there is one)</source>
        <translation type="unfinished">Automatique (un GPU s&apos;il y en a un)</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="257"/>
        <source>Mask a random part of each cell&apos;s expression context</source>
        <translation type="unfinished">Masquer une partie aléatoire du contexte d&apos;expression de chaque cellule</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="259"/>
        <source>Per cell a masking ratio r ~ U(0,1) (r = 1 with probability %1) hides part of the expression the context conditioner sees</source>
        <translation type="unfinished">Pour chaque cellule, un taux de masquage r ~ U(0,1) (r = 1 avec une probabilité %1) masque une partie de l&apos;expression que voit le conditionneur de contexte</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="263"/>
        <source>all cores (%1)</source>
        <translation type="unfinished">tous les cœurs (%1)</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="555"/>
        <source>The dataset has no expression matrix X.</source>
        <translation type="unfinished">Le jeu de données n&apos;a pas de matrice d&apos;expression X.</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="338"/>
        <source>Task:</source>
        <translation type="unfinished">Tâche :</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="273"/>
        <source>Normalise X in the dataset</source>
        <translation type="unfinished">Normaliser X dans le jeu de données</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="276"/>
        <source>Analysis &gt; Normalise and log-transform X: every cell scaled to 10,000 counts, then log1p; the counts are kept in layers[&apos;counts&apos;]. Undoable. The plots then show the same values the model learns.</source>
        <translation type="unfinished">Analyse &gt; Normaliser et log-transformer X : chaque cellule ramenée à 10 000 comptages, puis log1p ; les comptages restent dans layers[&apos;counts&apos;]. Annulable. Les graphiques montrent alors les valeurs que le modèle apprend.</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="314"/>
        <source>all genes</source>
        <translation type="unfinished">tous les gènes</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="317"/>
        <source>Train on the most highly variable genes (scanpy&apos;s seurat flavour on the log-normalised values); 0 = every gene of the expression source</source>
        <translation type="unfinished">Entraîner sur les gènes les plus variables (variante seurat de scanpy sur les valeurs log-normalisées) ; 0 = tous les gènes de la source</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="342"/>
        <source>Expression:</source>
        <translation type="unfinished">Expression :</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="339"/>
        <source>Preset:</source>
        <translation type="unfinished">Préréglage :</translation>
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
        <translation type="unfinished">Gènes hautement variables :</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="349"/>
        <source>Cell type column:</source>
        <translation type="unfinished">Colonne de type cellulaire :</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="350"/>
        <source>Cell type enters as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="351"/>
        <source>Batch column:</source>
        <translation type="unfinished">Colonne de lot :</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="352"/>
        <source>Batch enters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="353"/>
        <source>Condition column:</source>
        <translation type="unfinished">Colonne de condition :</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="354"/>
        <source>Control value:</source>
        <translation type="unfinished">Valeur témoin :</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="355"/>
        <source>Stimulated value:</source>
        <translation type="unfinished">Valeur stimulée :</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="356"/>
        <source>Held-out cell type:</source>
        <translation type="unfinished">Type cellulaire exclu :</translation>
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
        <translation type="unfinished">Époques :</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="364"/>
        <source>Base learning rate:</source>
        <translation type="unfinished">Taux d&apos;apprentissage de base :</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="365"/>
        <source>Batch size:</source>
        <translation type="unfinished">Taille de lot :</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="366"/>
        <source>Hidden size:</source>
        <translation type="unfinished">Dimension cachée :</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="367"/>
        <source>Depth (blocks):</source>
        <translation type="unfinished">Profondeur (blocs) :</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="368"/>
        <source>Graph convolutions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="369"/>
        <source>Seed:</source>
        <translation type="unfinished">Graine :</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="370"/>
        <source>Device:</source>
        <translation type="unfinished">Périphérique :</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="371"/>
        <source>CPU threads:</source>
        <translation type="unfinished">Threads CPU :</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="359"/>
        <source>Context masking:</source>
        <translation type="unfinished">Masquage du contexte :</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="228"/>
        <source>Annotation: the weight of the diffusion classifier&apos;s cross-entropy over the cell types, added to the denoising loss, so training also separates the errors annotation compares. Chosen from the data: %1 below %2 cells, where it made the classifier more accurate on small sets, else off (docs/engine.md, &quot;Training the classifier&apos;s decision&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="372"/>
        <source>Checkpoint every (epochs):</source>
        <translation type="unfinished">Point de contrôle toutes les (époques) :</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="373"/>
        <source>Classifier loss weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="374"/>
        <source>Validation fraction:</source>
        <translation type="unfinished">Fraction de validation :</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="375"/>
        <source>Early-stopping patience (epochs):</source>
        <translation type="unfinished">Patience de l&apos;arrêt précoce (époques) :</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="384"/>
        <source>Data and conditioners</source>
        <translation type="unfinished">Données et conditionneurs</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="385"/>
        <source>Network and training</source>
        <translation type="unfinished">Réseau et entraînement</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="390"/>
        <source>Train</source>
        <translation type="unfinished">Entraîner</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="391"/>
        <source>Save config…</source>
        <translation type="unfinished">Enregistrer la configuration…</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="392"/>
        <source>Load config…</source>
        <translation type="unfinished">Charger une configuration…</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="397"/>
        <source>Save run configuration</source>
        <translation type="unfinished">Enregistrer la configuration d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="397"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished">JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="401"/>
        <source>Load run configuration</source>
        <translation type="unfinished">Charger une configuration d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="402"/>
        <source>JSON (*.json);;All files (*)</source>
        <translation type="unfinished">JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/train/TrainDialog.cpp" line="541"/>
        <source>The model learns all %Ln gene(s) of %1.</source>
        <translation type="unfinished">
            <numerusform>Le modèle apprend le %Ln gène de %1.</numerusform>
            <numerusform>Le modèle apprend les %Ln gènes de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/train/TrainDialog.cpp" line="542"/>
        <source>The model learns the %1 most variable of the %Ln gene(s) of %2 (chosen on the log-normalised values); annotation and imputation match datasets to them by name.</source>
        <translation type="unfinished">
            <numerusform>Le modèle apprend les %1 plus variables du %Ln gène de %2 (choisis sur les valeurs log-normalisées) ; l&apos;annotation et l&apos;imputation y associent les jeux de données par nom.</numerusform>
            <numerusform>Le modèle apprend les %1 plus variables des %Ln gènes de %2 (choisis sur les valeurs log-normalisées) ; l&apos;annotation et l&apos;imputation y associent les jeux de données par nom.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="559"/>
        <source>%1 holds raw counts: they will be normalised (1e4 per cell) and log1p&apos;d for training.</source>
        <translation type="unfinished">%1 contient des comptages bruts : ils seront normalisés (1e4 par cellule) et transformés par log1p pour l&apos;entraînement.</translation>
    </message>
    <message>
        <source>%1 holds neither raw counts nor log-normalised values (negative or scaled values?); scDiff trains on counts or log1p-normalised expression: choose raw.X or a counts layer if the file has one.</source>
        <translation type="vanished">%1 ne contient ni comptages bruts ni valeurs log-normalisées (valeurs négatives ou mises à l&apos;échelle ?) ; scDiff s&apos;entraîne sur des comptages ou une expression normalisée par log1p : choisissez raw.X ou une couche de comptages si le fichier en contient une.</translation>
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
        <translation type="unfinished">%1 est vide ou absent : il n&apos;y a ni cellules ni gènes sur lesquels s&apos;entraîner.</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="642"/>
        <source>Cannot apply the preset</source>
        <translation type="unfinished">Impossible d&apos;appliquer le préréglage</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="662"/>
        <source>%1 (not available here)</source>
        <translation type="unfinished">%1 (non disponible ici)</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="695"/>
        <source>Effective learning rate: %1 (base × batch size %2)</source>
        <translation type="unfinished">Taux d&apos;apprentissage effectif : %1 (base × taille de lot %2)</translation>
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
        <translation type="unfinished">La tâche « %1 » nécessite une colonne de type cellulaire.</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="96"/>
        <source>There is no obs column “%1” with labels in this dataset.</source>
        <translation type="unfinished">Ce jeu de données n&apos;a pas de colonne obs « %1 » avec des étiquettes.</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="102"/>
        <source>Column “%1” has %2 distinct values, more than the %3 a cell type column can have; is it a cell ID or a number?</source>
        <translation type="unfinished">La colonne « %1 » a %2 valeurs distinctes, plus que les %3 qu&apos;une colonne de types cellulaires peut avoir ; est-ce un identifiant de cellule ou un nombre ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/train/TrainDialog.cpp" line="108"/>
        <source>Column “%1” has %n class(es); annotation needs at least two cell types.</source>
        <translation type="unfinished">
            <numerusform>La colonne « %1 » a %n classe ; l&apos;annotation nécessite au moins deux types cellulaires.</numerusform>
            <numerusform>La colonne « %1 » a %n classes ; l&apos;annotation nécessite au moins deux types cellulaires.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/train/TrainDialog.cpp" line="114"/>
        <source>%1 (%n cell(s))</source>
        <translation type="unfinished">
            <numerusform>%1 (%n cellule)</numerusform>
            <numerusform>%1 (%n cellules)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/train/TrainDialog.cpp" line="118"/>
        <source>%n class(es) with fewer than %1 cells: %2. The model sees few examples of them, so their predictions are unreliable; consider merging them.</source>
        <translation type="unfinished">
            <numerusform>%n classe avec moins de %1 cellules : %2. Le modèle en voit peu d&apos;exemples, ses prédictions sont donc peu fiables ; envisagez de la fusionner avec une autre classe.</numerusform>
            <numerusform>%n classes avec moins de %1 cellules : %2. Le modèle en voit peu d&apos;exemples, leurs prédictions sont donc peu fiables ; envisagez de les fusionner.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="99"/>
        <source>Column “%1” has %2 distinct values, more than the %3 a batch column can have; is it a cell ID or a number?</source>
        <translation type="unfinished">La colonne « %1 » a %2 valeurs distinctes, plus que les %3 qu&apos;une colonne de lots peut avoir ; est-ce un identifiant de cellule ou un nombre ?</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="130"/>
        <source>Perturbation needs a condition column (control / stimulated).</source>
        <translation type="unfinished">La perturbation nécessite une colonne de condition (témoin / stimulé).</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="135"/>
        <source>The control value “%1” does not occur in column “%2”.</source>
        <translation type="unfinished">La valeur témoin « %1 » n&apos;apparaît pas dans la colonne « %2 ».</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="136"/>
        <source>The stimulated value “%1” does not occur in column “%2”.</source>
        <translation type="unfinished">La valeur stimulée « %1 » n&apos;apparaît pas dans la colonne « %2 ».</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="139"/>
        <source>Control and stimulated must be different values.</source>
        <translation type="unfinished">Les valeurs témoin et stimulée doivent être différentes.</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="141"/>
        <source>The held-out cell type “%1” does not occur in column “%2”.</source>
        <translation type="unfinished">Le type cellulaire exclu « %1 » n&apos;apparaît pas dans la colonne « %2 ».</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="143"/>
        <source>The held-out cell type “%1” has no “%2” cells to predict from.</source>
        <translation type="unfinished">Le type cellulaire exclu « %1 » n&apos;a aucune cellule « %2 » à partir de laquelle prédire.</translation>
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
        <translation type="unfinished">Le taux d&apos;apprentissage de base doit être un nombre positif, par exemple 1e-5.</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="795"/>
        <source>The device “%1” is not available on this computer.</source>
        <translation type="unfinished">Le périphérique « %1 » n&apos;est pas disponible sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="810"/>
        <source>Train is off: %1</source>
        <translation type="unfinished">Entraînement impossible : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/train/TrainDialog.cpp" line="813"/>
        <source>%1 (and %n more)</source>
        <translation type="unfinished">
            <numerusform>%1 (et %n autre)</numerusform>
            <numerusform>%1 (et %n autres)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="823"/>
        <source>Cannot save the configuration</source>
        <translation type="unfinished">Impossible d&apos;enregistrer la configuration</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="obsolete">Impossible d&apos;écrire %1 : %2.</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="832"/>
        <location filename="../ui/train/TrainDialog.cpp" line="840"/>
        <source>Cannot load the configuration</source>
        <translation type="unfinished">Impossible de charger la configuration</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="833"/>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished">Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainDialog.cpp" line="841"/>
        <source>%1 is not a usable run configuration: %2</source>
        <translation type="unfinished">%1 n&apos;est pas une configuration d&apos;exécution utilisable : %2</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::TrainTask</name>
    <message>
        <location filename="../ui/tasks/ModelTasks.cpp" line="39"/>
        <source>Training the scDiff model</source>
        <translation type="unfinished">Entraînement du modèle scDiff</translation>
    </message>
    <message>
        <location filename="../ui/tasks/ModelTasks.cpp" line="39"/>
        <source>Resuming the training</source>
        <translation type="unfinished">Reprise de l&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../ui/tasks/ModelTasks.cpp" line="40"/>
        <source>Cannot train the model</source>
        <translation type="unfinished">Impossible d&apos;entraîner le modèle</translation>
    </message>
</context>
<context>
    <name>scdiff::ui::TrainingDock</name>
    <message>
        <location filename="../ui/train/TrainingDock.cpp" line="15"/>
        <source>No model trained in this session. Use Model &gt; Train…</source>
        <translation type="unfinished">Aucun modèle entraîné dans cette session. Utilisez Modèle &gt; Entraîner…</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainingDock.cpp" line="30"/>
        <source>Cancel</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainingDock.cpp" line="32"/>
        <source>Resume from checkpoint…</source>
        <translation type="unfinished">Reprendre depuis un point de contrôle…</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainingDock.cpp" line="59"/>
        <source>%p %</source>
        <translation type="unfinished">%p %</translation>
    </message>
    <message>
        <location filename="../ui/train/TrainingDock.cpp" line="88"/>
        <source>The checkpoint can be resumed.</source>
        <translation type="unfinished">L&apos;entraînement peut reprendre depuis le point de contrôle.</translation>
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
