<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message numerus="yes">
        <location filename="../ui/plots/MarkerPlots.cpp" line="175"/>
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/plots/MarkerPlots.cpp" line="175"/>
        <source>%1
%n cell(s)</source>
        <translation>
            <numerusform>%1
%n cell</numerusform>
            <numerusform>%1
%n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/Commands.cpp" line="207"/>
        <source>Relabel %n cell(s) as %1</source>
        <translation>
            <numerusform>Relabel %n cell as %1</numerusform>
            <numerusform>Relabel %n cells as %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/Commands.cpp" line="240"/>
        <source>Annotate %n cell(s) with the scDiff model</source>
        <translation>
            <numerusform>Annotate %n cell with the scDiff model</numerusform>
            <numerusform>Annotate %n cells with the scDiff model</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/Commands.cpp" line="258"/>
        <source>Impute %n cell(s) with the scDiff model</source>
        <translation>
            <numerusform>Impute %n cell with the scDiff model</numerusform>
            <numerusform>Impute %n cells with the scDiff model</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/Commands.cpp" line="294"/>
        <source>Accept the predictions of %n cell(s) into %1</source>
        <translation>
            <numerusform>Accept the predictions of %n cell into %1</numerusform>
            <numerusform>Accept the predictions of %n cells into %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message numerus="yes">
        <location filename="../ui/session/SessionFile.cpp" line="208"/>
        <source>%n changed cell column(s)</source>
        <translation>
            <numerusform>%n changed cell column</numerusform>
            <numerusform>%n changed cell columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/SessionFile.cpp" line="219"/>
        <source>%n perturbation prediction(s)</source>
        <translation>
            <numerusform>%n perturbation prediction</numerusform>
            <numerusform>%n perturbation predictions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/session/SessionFile.cpp" line="221"/>
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scdiff::ui::AnnotationResultsPanel</name>
    <message numerus="yes">
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="166"/>
        <source>only the %n selected cell(s)</source>
        <translation>
            <numerusform>only the %n selected cell</numerusform>
            <numerusform>only the %n selected cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="242"/>
        <source>%n cell(s) compared; accuracy %1</source>
        <translation>
            <numerusform>%n cell compared; accuracy %1</numerusform>
            <numerusform>%n cells compared; accuracy %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/AnnotationResultsPanel.cpp" line="243"/>
        <source>%n cell(s) compared; accuracy %1 (cells without a label skipped: %2)</source>
        <translation>
            <numerusform>%n cell compared; accuracy %1 (cells without a label skipped: %2)</numerusform>
            <numerusform>%n cells compared; accuracy %1 (cells without a label skipped: %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scdiff::ui::ClusterTask</name>
    <message numerus="yes">
        <location filename="../ui/tasks/DatasetTasks.cpp" line="96"/>
        <source>Leiden clustering at resolution %1 (%n cluster(s))</source>
        <translation>
            <numerusform>Leiden clustering at resolution %1 (%n cluster)</numerusform>
            <numerusform>Leiden clustering at resolution %1 (%n clusters)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scdiff::ui::DatasetPanel</name>
    <message numerus="yes">
        <location filename="../ui/panels/DatasetPanel.cpp" line="98"/>
        <source>%Ln cell(s)</source>
        <translation>
            <numerusform>%Ln cell</numerusform>
            <numerusform>%Ln cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/DatasetPanel.cpp" line="99"/>
        <location filename="../ui/panels/DatasetPanel.cpp" line="120"/>
        <source>%Ln gene(s)</source>
        <translation>
            <numerusform>%Ln gene</numerusform>
            <numerusform>%Ln genes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scdiff::ui::FineTuneDialog</name>
    <message numerus="yes">
        <location filename="../ui/train/FineTuneDialog.cpp" line="34"/>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt;: %Ln cell(s), %2&lt;/li&gt;</source>
        <translation>
            <numerusform>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt;: %Ln cell, %2&lt;/li&gt;</numerusform>
            <numerusform>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt;: %Ln cells, %2&lt;/li&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/train/FineTuneDialog.cpp" line="38"/>
        <source>Continues training the model on the %Ln selected cell(s), labelled by obs[&apos;%1&apos;]:</source>
        <translation>
            <numerusform>Continues training the model on the %Ln selected cell, labelled by obs[&apos;%1&apos;]:</numerusform>
            <numerusform>Continues training the model on the %Ln selected cells, labelled by obs[&apos;%1&apos;]:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scdiff::ui::FineTuneTask</name>
    <message numerus="yes">
        <location filename="../ui/tasks/ModelTasks.cpp" line="63"/>
        <source>Fine-tuning the scDiff model on %n cell(s)</source>
        <translation>
            <numerusform>Fine-tuning the scDiff model on %n cell</numerusform>
            <numerusform>Fine-tuning the scDiff model on %n cells</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scdiff::ui::GenePerturbationDialog</name>
    <message numerus="yes">
        <location filename="../ui/results/GenePerturbationDialog.cpp" line="52"/>
        <source>%n neighbour(s)</source>
        <translation>
            <numerusform>%n neighbour</numerusform>
            <numerusform>%n neighbours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/GenePerturbationDialog.cpp" line="86"/>
        <source>%1 (%n cell(s))</source>
        <translation>
            <numerusform>%1 (%n cell)</numerusform>
            <numerusform>%1 (%n cells)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/GenePerturbationDialog.cpp" line="99"/>
        <source>The model&apos;s gene graph: %1 (%n gene(s)). A gene no training cell had alone is predicted through its neighbours in the graph.</source>
        <translation>
            <numerusform>The model&apos;s gene graph: %1 (%n gene). A gene no training cell had alone is predicted through its neighbours in the graph.</numerusform>
            <numerusform>The model&apos;s gene graph: %1 (%n genes). A gene no training cell had alone is predicted through its neighbours in the graph.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/GenePerturbationDialog.cpp" line="134"/>
        <source>%n graph neighbour(s) · %1</source>
        <translation>
            <numerusform>%n graph neighbour · %1</numerusform>
            <numerusform>%n graph neighbours · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/GenePerturbationDialog.cpp" line="177"/>
        <source>This dataset measured %n cell(s) under it: the prediction is compared with them.</source>
        <translation>
            <numerusform>This dataset measured %n cell under it: the prediction is compared with them.</numerusform>
            <numerusform>This dataset measured %n cells under it: the prediction is compared with them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scdiff::ui::HeldOutPerturbationsBox</name>
    <message numerus="yes">
        <location filename="../ui/train/HeldOutPerturbationsBox.cpp" line="55"/>
        <source>%1 (%n cell(s))</source>
        <translation>
            <numerusform>%1 (%n cell)</numerusform>
            <numerusform>%1 (%n cells)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/train/HeldOutPerturbationsBox.cpp" line="109"/>
        <source>%n held out: their cells are left out of training, to predict them zero-shot.</source>
        <translation>
            <numerusform>%n held out: its cells are left out of training, to predict it zero-shot.</numerusform>
            <numerusform>%n held out: their cells are left out of training, to predict them zero-shot.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scdiff::ui::ImputationView</name>
    <message numerus="yes">
        <location filename="../ui/results/ImputationView.cpp" line="188"/>
        <source>%n unknown gene(s): %1.</source>
        <translation>
            <numerusform>%n unknown gene: %1.</numerusform>
            <numerusform>%n unknown genes: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/ImputationView.cpp" line="282"/>
        <source>%n cell(s) ordered by %1</source>
        <translation>
            <numerusform>%n cell ordered by %1</numerusform>
            <numerusform>%n cells ordered by %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scdiff::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/app/MainWindow.cpp" line="174"/>
        <source>%n cell(s) selected</source>
        <translation>
            <numerusform>%n cell selected</numerusform>
            <numerusform>%n cells selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scdiff::ui::MetricsPanel</name>
    <message numerus="yes">
        <location filename="../ui/results/MetricsPanel.cpp" line="50"/>
        <source>%n gene(s)</source>
        <translation>
            <numerusform>%n gene</numerusform>
            <numerusform>%n genes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/MetricsPanel.cpp" line="52"/>
        <source>%n most variable gene(s)</source>
        <translation>
            <numerusform>%n most variable gene</numerusform>
            <numerusform>%n most variable genes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scdiff::ui::ModelController</name>
    <message numerus="yes">
        <location filename="../ui/app/ModelController.cpp" line="171"/>
        <source>Model: %1, %Ln gene(s).</source>
        <translation>
            <numerusform>Model: %1, %Ln gene.</numerusform>
            <numerusform>Model: %1, %Ln genes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/app/ModelController.cpp" line="174"/>
        <source>Model: %1, %Ln gene(s). It cannot be applied to this dataset: %2</source>
        <translation>
            <numerusform>Model: %1, %Ln gene. It cannot be applied to this dataset: %2</numerusform>
            <numerusform>Model: %1, %Ln genes. It cannot be applied to this dataset: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/app/ModelController.cpp" line="180"/>
        <source>Model: %1, %Ln gene(s), all found in this dataset.</source>
        <translation>
            <numerusform>Model: %1, %Ln gene, found in this dataset.</numerusform>
            <numerusform>Model: %1, %Ln genes, all found in this dataset.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/app/ModelController.cpp" line="182"/>
        <source>Model: %1, %Ln gene(s); %2 found in this dataset, %3 missing (fed as zeros).</source>
        <translation>
            <numerusform>Model: %1, %Ln gene; %2 found in this dataset, %3 missing (fed as zeros).</numerusform>
            <numerusform>Model: %1, %Ln genes; %2 found in this dataset, %3 missing (fed as zeros).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/app/ModelController.cpp" line="201"/>
        <source>This dataset has %1 of the model&apos;s %Ln gene(s); the %2 missing are fed to the model as zeros, which makes its results less reliable. Apply the model anyway?</source>
        <translation>
            <numerusform>This dataset has %1 of the model&apos;s %Ln gene; the %2 missing are fed to the model as zeros, which makes its results less reliable. Apply the model anyway?</numerusform>
            <numerusform>This dataset has %1 of the model&apos;s %Ln genes; the %2 missing are fed to the model as zeros, which makes its results less reliable. Apply the model anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/app/ModelController.cpp" line="273"/>
        <source>Trained %n epoch(s) of a model with %1 parameters on %2; %3</source>
        <translation>
            <numerusform>Trained %n epoch of a model with %1 parameters on %2; %3</numerusform>
            <numerusform>Trained %n epochs of a model with %1 parameters on %2; %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/app/ModelController.cpp" line="289"/>
        <source>%1 · %2 preset · %n epoch(s)</source>
        <translation>
            <numerusform>%1 · %2 preset · %n epoch</numerusform>
            <numerusform>%1 · %2 preset · %n epochs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/app/ModelController.cpp" line="384"/>
        <source>fine-tuning on %n cell(s)</source>
        <translation>
            <numerusform>fine-tuning on %n cell</numerusform>
            <numerusform>fine-tuning on %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/app/ModelController.cpp" line="389"/>
        <source>Fine-tuned on %n cell(s); the model has %1 epochs now.</source>
        <translation>
            <numerusform>Fine-tuned on %n cell; the model has %1 epochs now.</numerusform>
            <numerusform>Fine-tuned on %n cells; the model has %1 epochs now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/app/ModelController.cpp" line="408"/>
        <source>Fine-tuning · %n more epoch(s)</source>
        <translation>
            <numerusform>Fine-tuning · %n more epoch</numerusform>
            <numerusform>Fine-tuning · %n more epochs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/app/ModelController.cpp" line="582"/>
        <source>Loaded %1: %n epoch(s), %2 parameters.</source>
        <translation>
            <numerusform>Loaded %1: %n epoch, %2 parameters.</numerusform>
            <numerusform>Loaded %1: %n epochs, %2 parameters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scdiff::ui::PerturbationView</name>
    <message numerus="yes">
        <location filename="../ui/results/PerturbationView.cpp" line="193"/>
        <source>%1: predicted from %n control cell(s)</source>
        <translation>
            <numerusform>%1: predicted from %n control cell</numerusform>
            <numerusform>%1: predicted from %n control cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/PerturbationView.cpp" line="196"/>
        <source>%1: predicted %2 vs %3 (%n control cell(s))</source>
        <translation>
            <numerusform>%1: predicted %2 vs %3 (%n control cell)</numerusform>
            <numerusform>%1: predicted %2 vs %3 (%n control cells)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/PerturbationView.cpp" line="224"/>
        <source>%1 (%n cell(s))</source>
        <translation>
            <numerusform>%1 (%n cell)</numerusform>
            <numerusform>%1 (%n cells)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/PerturbationView.cpp" line="232"/>
        <source>Chosen automatically: the %n type(s) seen %1 respond more like their nearest type (R² %2) than like the mean of the others (%3).</source>
        <translation>
            <numerusform>Chosen automatically: the %n type seen %1 responds more like their nearest type (R² %2) than like the mean of the others (%3).</numerusform>
            <numerusform>Chosen automatically: the %n types seen %1 respond more like their nearest type (R² %2) than like the mean of the others (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/PerturbationView.cpp" line="235"/>
        <source>Chosen automatically: the %n type(s) seen %1 respond more like the mean of the others (R² %2) than like their nearest type (%3).</source>
        <translation>
            <numerusform>Chosen automatically: the %n type seen %1 responds more like the mean of the others (R² %2) than like their nearest type (%3).</numerusform>
            <numerusform>Chosen automatically: the %n types seen %1 respond more like the mean of the others (R² %2) than like their nearest type (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/PerturbationView.cpp" line="252"/>
        <source>No training cell had %1: predicted zero-shot through the gene graph (%2, %n gene(s)).</source>
        <translation>
            <numerusform>No training cell had %1: predicted zero-shot through the gene graph (%2, %n gene).</numerusform>
            <numerusform>No training cell had %1: predicted zero-shot through the gene graph (%2, %n genes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/PerturbationView.cpp" line="260"/>
        <source>Observed: %n cell(s) under this perturbation.  Pearson of predicted vs observed mean change: %1 (top %2 DE genes), %3 (all %4 genes); MSE on the top %2: %5</source>
        <translation>
            <numerusform>Observed: %n cell under this perturbation.  Pearson of predicted vs observed mean change: %1 (top %2 DE genes), %3 (all %4 genes); MSE on the top %2: %5</numerusform>
            <numerusform>Observed: %n cells under this perturbation.  Pearson of predicted vs observed mean change: %1 (top %2 DE genes), %3 (all %4 genes); MSE on the top %2: %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/PerturbationView.cpp" line="273"/>
        <source>Observed: %n stimulated cell(s) of this type.  R² of predicted vs observed mean change: %1 (top %2 DE genes), %3 (all %4 genes)</source>
        <translation>
            <numerusform>Observed: %n stimulated cell of this type.  R² of predicted vs observed mean change: %1 (top %2 DE genes), %3 (all %4 genes)</numerusform>
            <numerusform>Observed: %n stimulated cells of this type.  R² of predicted vs observed mean change: %1 (top %2 DE genes), %3 (all %4 genes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/results/PerturbationView.cpp" line="403"/>
        <source>top %n gene(s) by |predicted − control|</source>
        <translation>
            <numerusform>top %n gene by |predicted − control|</numerusform>
            <numerusform>top %n genes by |predicted − control|</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>scdiff::ui::TrainDialog</name>
    <message numerus="yes">
        <location filename="../ui/train/TrainDialog.cpp" line="541"/>
        <source>The model learns all %Ln gene(s) of %1.</source>
        <translation>
            <numerusform>The model learns all %Ln gene of %1.</numerusform>
            <numerusform>The model learns all %Ln genes of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/train/TrainDialog.cpp" line="542"/>
        <source>The model learns the %1 most variable of the %Ln gene(s) of %2 (chosen on the log-normalised values); annotation and imputation match datasets to them by name.</source>
        <translation>
            <numerusform>The model learns the %1 most variable of the %Ln gene of %2 (chosen on the log-normalised values); annotation and imputation match datasets to them by name.</numerusform>
            <numerusform>The model learns the %1 most variable of the %Ln genes of %2 (chosen on the log-normalised values); annotation and imputation match datasets to them by name.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/train/TrainDialog.cpp" line="108"/>
        <source>Column “%1” has %n class(es); annotation needs at least two cell types.</source>
        <translation>
            <numerusform>Column “%1” has %n class; annotation needs at least two cell types.</numerusform>
            <numerusform>Column “%1” has %n classes; annotation needs at least two cell types.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/train/TrainDialog.cpp" line="114"/>
        <source>%1 (%n cell(s))</source>
        <translation>
            <numerusform>%1 (%n cell)</numerusform>
            <numerusform>%1 (%n cells)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/train/TrainDialog.cpp" line="118"/>
        <source>%n class(es) with fewer than %1 cells: %2. The model sees few examples of them, so their predictions are unreliable; consider merging them.</source>
        <translation>
            <numerusform>%n class with fewer than %1 cells: %2. The model sees few examples of it, so its predictions are unreliable; consider merging it with another class.</numerusform>
            <numerusform>%n classes with fewer than %1 cells: %2. The model sees few examples of them, so their predictions are unreliable; consider merging them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/train/TrainDialog.cpp" line="813"/>
        <source>%1 (and %n more)</source>
        <translation>
            <numerusform>%1 (and %n more)</numerusform>
            <numerusform>%1 (and %n more)</numerusform>
        </translation>
    </message>
</context>
</TS>
