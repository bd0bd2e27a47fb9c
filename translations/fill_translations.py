#!/usr/bin/env python3
"""Fills translations/scdiff_{de,fr}.ts from the tables below and the plural forms of scdiff_en.ts from
the source texts (run after lupdate). Strings not listed stay unfinished and show in English."""
import re
import xml.etree.ElementTree as ET
from pathlib import Path

T = {  # source: (German, French)
 # Normalisation, gene selection, gene-match question, runs settings
 "Normalise X (1e4 per cell, log1p; counts kept in layers['counts'])":
    ("X normalisieren (1e4 pro Zelle, log1p; Counts bleiben in layers['counts'])",
     "Normaliser X (1e4 par cellule, log1p ; comptages conservés dans layers['counts'])"),
 "&Normalise and log-transform X": ("X &normalisieren und logarithmieren", "&Normaliser et log-transformer X"),
 "Scale every cell to 10,000 counts and take log1p; the counts are kept in layers['counts']":
    ("Jede Zelle auf 10.000 Counts skalieren und log1p anwenden; die Counts bleiben in layers['counts']",
     "Ramener chaque cellule à 10 000 comptages puis appliquer log1p ; les comptages restent dans layers['counts']"),
 "Normalising X": ("Normalisiere X", "Normalisation de X"),
 "Cannot normalise X": ("X kann nicht normalisiert werden", "Impossible de normaliser X"),
 "The dataset was replaced while X was normalised.":
    ("Der Datensatz wurde ersetzt, während X normalisiert wurde.", "Le jeu de données a été remplacé pendant la normalisation de X."),
 "The model cannot be applied to this dataset":
    ("Das Modell kann nicht auf diesen Datensatz angewendet werden", "Le modèle ne peut pas être appliqué à ce jeu de données"),
 "Genes missing": ("Fehlende Gene", "Gènes manquants"),
 "no labels": ("keine Labels", "aucune étiquette"), "%1 held out": ("%1 zurückgehalten", "%1 mis de côté"),
 "all genes": ("alle Gene", "tous les gènes"), "d %1 × %2": ("d %1 × %2", "d %1 × %2"),
 "lr %1 (batch %2)": ("LR %1 (Batch %2)", "lr %1 (lot %2)"), "seed %1": ("Seed %1", "graine %1"),
 "Settings": ("Einstellungen", "Paramètres"),
 "Normalise X in the dataset": ("X im Datensatz normalisieren", "Normaliser X dans le jeu de données"),
 "Analysis > Normalise and log-transform X: every cell scaled to 10,000 counts, then log1p; the counts are kept in layers['counts']. Undoable. The plots then show the same values the model learns.":
    ("Analyse > X normalisieren und logarithmieren: jede Zelle auf 10.000 Counts skaliert, dann log1p; die Counts bleiben "
     "in layers['counts']. Rückgängig zu machen. Die Grafiken zeigen dann dieselben Werte, die das Modell lernt.",
     "Analyse > Normaliser et log-transformer X : chaque cellule ramenée à 10 000 comptages, puis log1p ; les comptages "
     "restent dans layers['counts']. Annulable. Les graphiques montrent alors les valeurs que le modèle apprend."),
 "Train on the most highly variable genes (scanpy's seurat flavour on the log-normalised values); 0 = every gene of the expression source":
    ("Auf den variabelsten Genen trainieren (scanpys seurat-Variante auf den log-normalisierten Werten); 0 = alle Gene der Expressionsquelle",
     "Entraîner sur les gènes les plus variables (variante seurat de scanpy sur les valeurs log-normalisées) ; 0 = tous les gènes de la source"),
 "Highly variable genes:": ("Hochvariable Gene:", "Gènes hautement variables :"),
 "This dataset has no embedding yet: use Analysis > Compute UMAP (or Compute PCA) to draw its cells.":
    ("Dieser Datensatz hat noch keine Einbettung: Analyse > UMAP berechnen (oder PCA berechnen) zeichnet seine Zellen.",
     "Ce jeu de données n'a pas encore de plongement : Analyse > Calculer l'UMAP (ou l'ACP) dessine ses cellules."),
 "Epoch %1/%2 · train loss %3 · %4 cells/s · %5 left":
    ("Epoche %1/%2 · Trainingsverlust %3 · %4 Zellen/s · noch %5", "Époque %1/%2 · perte d'entraînement %3 · %4 cellules/s · %5 restantes"),
 "Column “%1” has %2 distinct values, more than the %3 a cell type column can have; is it a cell ID or a number?":
    ("Spalte „%1“ hat %2 verschiedene Werte, mehr als die %3, die eine Zelltyp-Spalte haben kann; ist es eine Zell-ID oder eine Zahl?",
     "La colonne « %1 » a %2 valeurs distinctes, plus que les %3 qu'une colonne de types cellulaires peut avoir ; est-ce un identifiant de cellule ou un nombre ?"),
 "Column “%1” has %2 distinct values, more than the %3 a batch column can have; is it a cell ID or a number?":
    ("Spalte „%1“ hat %2 verschiedene Werte, mehr als die %3, die eine Batch-Spalte haben kann; ist es eine Zell-ID oder eine Zahl?",
     "La colonne « %1 » a %2 valeurs distinctes, plus que les %3 qu'une colonne de lots peut avoir ; est-ce un identifiant de cellule ou un nombre ?"),
 "Data and conditioners": ("Daten und Konditionierer", "Données et conditionneurs"),
 "Network and training": ("Netz und Training", "Réseau et entraînement"),
 "Train is off: %1": ("Training nicht möglich: %1", "Entraînement impossible : %1"),
 "&File": ("&Datei", "&Fichier"), "&Open…": ("Ö&ffnen…", "&Ouvrir…"),
 "Open &10x folder…": ("&10x-Ordner öffnen…", "Ouvrir un dossier &10x…"),
 "Open &example dataset": ("Beispiel&datensatz öffnen", "Ouvrir le jeu de données d'e&xemple"),
 "Open &recent": ("&Zuletzt geöffnet", "Fichiers &récents"),
 "&Export annotated h5ad…": ("Annotiertes h5ad &exportieren…", "Exporter le &h5ad annoté…"),
 "Export &obs table as CSV…": ("&obs-Tabelle als CSV exportieren…", "Exporter la table o&bs en CSV…"),
 "Export &markers table as CSV…": ("&Marker-Tabelle als CSV exportieren…", "Exporter la table des &marqueurs en CSV…"),
 "Export &plot…": ("&Grafik exportieren…", "Exporter le &graphique…"),
 "&Quit": ("&Beenden", "&Quitter"), "&Edit": ("&Bearbeiten", "&Édition"),
 "&Undo": ("&Rückgängig", "&Annuler"), "&Redo": ("&Wiederholen", "&Rétablir"),
 "&Relabel selected cells…": ("Ausgewählte Zellen &umbenennen…", "Réé&tiqueter les cellules sélectionnées…"),
 "&Save selection as category…": ("Auswahl als Kategorie &speichern…", "&Enregistrer la sélection comme catégorie…"),
 "Re&name or merge category…": ("Kategorie umbe&nennen oder zusammenführen…", "Re&nommer ou fusionner une catégorie…"),
 "Select by &gene expression…": ("Nach &Genexpression auswählen…", "Sélectionner par expression de &gène…"),
 "&Clear selection": ("Auswahl &aufheben", "Effa&cer la sélection"),
 "&Analysis": ("A&nalyse", "A&nalyse"), "Compute &PCA": ("&PCA berechnen", "Calculer l'&ACP"),
 "Compute &UMAP": ("&UMAP berechnen", "Calculer l'&UMAP"),
 "Find &marker genes": ("&Markergene finden", "Trouver les gènes &marqueurs"),
 "&View": ("&Ansicht", "Affic&hage"), "&Reset zoom": ("&Zoom zurücksetzen", "&Réinitialiser le zoom"),
 "&Preferences": ("&Einstellungen", "&Préférences"), "&Language": ("&Sprache", "&Langue"),
 "System default": ("Systemstandard", "Langue du système"), "Language": ("Sprache", "Langue"),
 "The new language is used after a restart of scDiff Studio.":
    ("Die neue Sprache wird nach einem Neustart von scDiff Studio verwendet.",
     "La nouvelle langue sera utilisée après le redémarrage de scDiff Studio."),
 "&Help": ("&Hilfe", "&Aide"), "&About scDiff Studio": ("&Über scDiff Studio", "À &propos de scDiff Studio"),
 "About scDiff Studio": ("Über scDiff Studio", "À propos de scDiff Studio"),
 "untitled": ("unbenannt", "sans titre"), "no dataset": ("kein Datensatz", "aucun jeu de données"),
 "Opening %1": ("Öffne %1", "Ouverture de %1"), "Cannot open the file": ("Die Datei kann nicht geöffnet werden", "Impossible d'ouvrir le fichier"),
 "Generating example data": ("Erzeuge Beispieldaten", "Génération des données d'exemple"),
 "Computing UMAP": ("Berechne UMAP", "Calcul de l'UMAP"), "Computing PCA": ("Berechne PCA", "Calcul de l'ACP"),
 "Cannot compute the embedding": ("Die Einbettung kann nicht berechnet werden", "Impossible de calculer le plongement"),
 "Writing %1": ("Schreibe %1", "Écriture de %1"),
 "Cannot export the dataset": ("Der Datensatz kann nicht exportiert werden", "Impossible d'exporter le jeu de données"),
 "Cannot export the table": ("Die Tabelle kann nicht exportiert werden", "Impossible d'exporter la table"),
 "Cannot export the plot": ("Die Grafik kann nicht exportiert werden", "Impossible d'exporter le graphique"),
 "Cannot relabel": ("Umbenennen nicht möglich", "Réétiquetage impossible"),
 "Cannot save the selection": ("Die Auswahl kann nicht gespeichert werden", "Impossible d'enregistrer la sélection"),
 "Cannot rename the category": ("Die Kategorie kann nicht umbenannt werden", "Impossible de renommer la catégorie"),
 "Cannot select by gene": ("Auswahl nach Gen nicht möglich", "Sélection par gène impossible"),
 "Open dataset": ("Datensatz öffnen", "Ouvrir un jeu de données"), "Open 10x folder": ("10x-Ordner öffnen", "Ouvrir un dossier 10x"),
 "Export annotated h5ad": ("Annotiertes h5ad exportieren", "Exporter le h5ad annoté"),
 "Export obs table": ("obs-Tabelle exportieren", "Exporter la table obs"),
 "Export markers table": ("Marker-Tabelle exportieren", "Exporter la table des marqueurs"),
 "Export plot": ("Grafik exportieren", "Exporter le graphique"),
 "Width (px):": ("Breite (px):", "Largeur (px) :"), "Height (px):": ("Höhe (px):", "Hauteur (px) :"),
 "Resolution (dpi):": ("Auflösung (dpi):", "Résolution (ppp) :"),
 "Relabel selected cells": ("Ausgewählte Zellen umbenennen", "Réétiqueter les cellules sélectionnées"),
 "Column (or type a new one):": ("Spalte (oder eine neue eingeben):", "Colonne (ou saisir une nouvelle) :"),
 "New label:": ("Neue Bezeichnung:", "Nouvelle étiquette :"),
 "Save selection as category": ("Auswahl als Kategorie speichern", "Enregistrer la sélection comme catégorie"),
 "New obs column name:": ("Name der neuen obs-Spalte:", "Nom de la nouvelle colonne obs :"),
 "selection": ("auswahl", "selection"), "Rename category": ("Kategorie umbenennen", "Renommer la catégorie"),
 "Column:": ("Spalte:", "Colonne :"), "Category:": ("Kategorie:", "Catégorie :"),
 "New name (an existing name merges the two):": ("Neuer Name (ein vorhandener Name führt beide zusammen):",
                                                 "Nouveau nom (un nom existant fusionne les deux) :"),
 "Select by gene expression": ("Nach Genexpression auswählen", "Sélectionner par expression de gène"),
 "Gene:": ("Gen:", "Gène :"), "Comparison:": ("Vergleich:", "Comparaison :"), "Threshold:": ("Schwellenwert:", "Seuil :"),
 "Unsaved changes": ("Ungespeicherte Änderungen", "Modifications non enregistrées"),
 "The annotations were changed. Export them before closing?":
    ("Die Annotationen wurden geändert. Vor dem Schließen exportieren?",
     "Les annotations ont été modifiées. Les exporter avant de fermer ?"),
 "Embedding": ("Einbettung", "Plongement"), "Markers": ("Marker", "Marqueurs"), "Dataset": ("Datensatz", "Jeu de données"),
 "History": ("Verlauf", "Historique"), "No selection": ("Keine Auswahl", "Aucune sélection"),
 "Cancel": ("Abbrechen", "Annuler"), "Cancelled": ("Abgebrochen", "Annulé"),
 "Summary": ("Übersicht", "Résumé"), "Cells (obs)": ("Zellen (obs)", "Cellules (obs)"), "Genes (var)": ("Gene (var)", "Gènes (var)"),
 "Element": ("Element", "Élément"), "Content": ("Inhalt", "Contenu"), "Shape": ("Form", "Dimensions"),
 "Filter rows (text in any column)…": ("Zeilen filtern (Text in beliebiger Spalte)…", "Filtrer les lignes (texte dans une colonne)…"),
 "Embedding:": ("Einbettung:", "Plongement :"), "Colour:": ("Farbe:", "Couleur :"), "Size:": ("Größe:", "Taille :"),
 "Opacity:": ("Deckkraft:", "Opacité :"), "Opacity": ("Deckkraft", "Opacité"),
 "Colour by gene…": ("Nach Gen färben…", "Colorer par gène…"),
 "Pan/Zoom": ("Verschieben/Zoomen", "Déplacer/Zoomer"), "Lasso": ("Lasso", "Lasso"), "Box": ("Rechteck", "Rectangle"),
 "Reset view": ("Ansicht zurücksetzen", "Réinitialiser la vue"),
 "Untick a category to hide its cells": ("Kategorie abwählen, um ihre Zellen auszublenden", "Décochez une catégorie pour masquer ses cellules"),
 "Dot plot": ("Punktdiagramm", "Diagramme à points"), "Violin": ("Violine", "Violon"), "Heat map": ("Heatmap", "Carte thermique"),
 "Top markers": ("Top-Marker", "Meilleurs marqueurs"), "Group by:": ("Gruppieren nach:", "Grouper par :"),
 "Genes:": ("Gene:", "Gènes :"), "Violin gene:": ("Violinen-Gen:", "Gène du violon :"),
 "Find top markers": ("Top-Marker finden", "Trouver les meilleurs marqueurs"),
 "Ranking marker genes": ("Ordne Markergene", "Classement des gènes marqueurs"),
 "Cannot rank marker genes": ("Markergene können nicht geordnet werden", "Impossible de classer les gènes marqueurs"),
 "group": ("Gruppe", "groupe"), "rank": ("Rang", "rang"), "gene": ("Gen", "gène"), "score": ("Score", "score"),
 "log2 fold change": ("log2-Fold-Change", "log2 du rapport"), "p-value": ("p-Wert", "valeur p"),
 "adjusted p-value": ("adjustierter p-Wert", "valeur p ajustée"), "mean in group": ("Mittelwert in Gruppe", "moyenne du groupe"),
 "fraction expressing": ("Anteil exprimierend", "fraction exprimant"),
 "An unexpected error stopped the operation.": ("Ein unerwarteter Fehler hat den Vorgang beendet.", "Une erreur inattendue a interrompu l'opération."),
 "&Save session…": ("Sitzung &speichern…", "&Enregistrer la session…"),
 "Save session": ("Sitzung speichern", "Enregistrer la session"),
 "scDiff sessions (*.scdiffsession)": ("scDiff-Sitzungen (*.scdiffsession)", "Sessions scDiff (*.scdiffsession)"),
 "Cannot save the session": ("Die Sitzung kann nicht gespeichert werden", "Impossible d'enregistrer la session"),
 "Cannot open the session": ("Die Sitzung kann nicht geöffnet werden", "Impossible d'ouvrir la session"),
 "Cannot apply the session": ("Die Sitzung kann nicht angewendet werden", "Impossible d'appliquer la session"),
 "Apply the session's edits": ("Änderungen der Sitzung anwenden", "Appliquer les modifications de la session"),
 "Datasets and sessions (*.h5ad *.csv *.tsv *.txt *.scdiffsession);;All files (*)":
    ("Datensätze und Sitzungen (*.h5ad *.csv *.tsv *.txt *.scdiffsession);;Alle Dateien (*)",
     "Jeux de données et sessions (*.h5ad *.csv *.tsv *.txt *.scdiffsession);;Tous les fichiers (*)"),
 "The dataset was not opened from a file; export it as h5ad first.":
    ("Der Datensatz wurde nicht aus einer Datei geöffnet; bitte zuerst als h5ad exportieren.",
     "Le jeu de données n'a pas été ouvert depuis un fichier ; exportez-le d'abord en h5ad."),
 "unknown": ("unbekannt", "inconnue"),
 "Explore and annotate single-cell datasets.": ("Einzelzell-Datensätze erkunden und annotieren.", "Explorer et annoter des jeux de données unicellulaires."),
 # Shared: file filters, exports and errors used by several views (file-filter names stay as they are)
 "CSV (*.csv)": ("CSV (*.csv)", "CSV (*.csv)"), "JSON (*.json)": ("JSON (*.json)", "JSON (*.json)"),
 "AnnData (*.h5ad)": ("AnnData (*.h5ad)", "AnnData (*.h5ad)"),
 "PNG (*.png);;SVG (*.svg);;PDF (*.pdf)": ("PNG (*.png);;SVG (*.svg);;PDF (*.pdf)", "PNG (*.png);;SVG (*.svg);;PDF (*.pdf)"),
 "JSON (*.json);;All files (*)": ("JSON (*.json);;Alle Dateien (*)", "JSON (*.json);;Tous les fichiers (*)"),
 "scDiff models (*.pt)": ("scDiff-Modelle (*.pt)", "Modèles scDiff (*.pt)"),
 "scDiff models (*.pt);;All files (*)": ("scDiff-Modelle (*.pt);;Alle Dateien (*)", "Modèles scDiff (*.pt);;Tous les fichiers (*)"),
 "Cannot write %1: %2.": ("%1 kann nicht geschrieben werden: %2.", "Impossible d'écrire %1 : %2."),
 "Cannot read %1: %2.": ("%1 kann nicht gelesen werden: %2.", "Impossible de lire %1 : %2."),
 "Cannot write %1 (use .png, .svg or .pdf).": ("%1 kann nicht geschrieben werden (verwenden Sie .png, .svg oder .pdf).",
                                               "Impossible d'écrire %1 (utilisez .png, .svg ou .pdf)."),
 "Export CSV…": ("CSV exportieren…", "Exporter en CSV…"), "Export JSON…": ("JSON exportieren…", "Exporter en JSON…"),
 "Export table as CSV…": ("Tabelle als CSV exportieren…", "Exporter la table en CSV…"),
 "A .h5ad file, 10x folder or CSV to open.": ("Zu öffnende .h5ad-Datei, 10x-Ordner oder CSV-Datei.", "Fichier .h5ad, dossier 10x ou CSV à ouvrir."),
 "Column %1: %2": ("Spalte %1: %2", "Colonne %1 : %2"),
 "There is no gene named \"%1\" in this dataset.": ("In diesem Datensatz gibt es kein Gen namens „%1“.",
                                                     "Ce jeu de données ne contient aucun gène nommé « %1 »."),
 "The current tab shows a table, not a plot; export it as CSV instead.":
    ("Der aktuelle Tab zeigt eine Tabelle, keine Grafik; exportieren Sie sie stattdessen als CSV.",
     "L'onglet actuel affiche une table, pas un graphique ; exportez-la plutôt en CSV."),
 "%1 is not a readable session file (%2).": ("%1 ist keine lesbare Sitzungsdatei (%2).", "%1 n'est pas un fichier de session lisible (%2)."),
 "Set %1": ("%1 setzen", "Définir %1"), "Save selection as %1": ("Auswahl als %1 speichern", "Enregistrer la sélection comme %1"),
 "Rename %1 to %2": ("%1 in %2 umbenennen", "Renommer %1 en %2"),
 "Cannot create the example dataset": ("Der Beispieldatensatz kann nicht erstellt werden", "Impossible de créer le jeu de données d'exemple"),
 "<b>scDiff Studio</b> %1<br>Single-cell data exploration and the scDiff diffusion model.<br><br>Qt %2<br>HDF5 %3<br>LibTorch %4":
    ("<b>scDiff Studio</b> %1<br>Erkundung von Einzelzelldaten und das scDiff-Diffusionsmodell.<br><br>Qt %2<br>HDF5 %3<br>LibTorch %4",
     "<b>scDiff Studio</b> %1<br>Exploration de données unicellulaires et modèle de diffusion scDiff.<br><br>Qt %2<br>HDF5 %3<br>LibTorch %4"),
 # Dataset panel (AnnData element names stay as they are)
 "absent": ("nicht vorhanden", "absente"), "%1 (sparse)": ("%1 (dünn besetzt)", "%1 (matrice creuse)"),
 "sparse %1 × %2, %3 stored": ("dünn besetzte Matrix %1 × %2, %3 Werte gespeichert",
                               "matrice creuse %1 × %2, %3 valeurs stockées"),
 "strings (%1)": ("Zeichenketten (%1)", "chaînes (%1)"),
 "X": ("X", "X"), "layers": ("layers", "layers"), "obsm": ("obsm", "obsm"), "obsp": ("obsp", "obsp"),
 "uns": ("uns", "uns"), "raw": ("raw", "raw"),
 # Column types in table headers (DataAccess); dtype names such as float32 stay as they are
 "string": ("Zeichenkette", "chaîne"), "categorical (%1)": ("kategorial (%1)", "catégorielle (%1)"),
 "nullable integer": ("Ganzzahl mit fehlenden Werten", "entier avec valeurs manquantes"),
 "nullable boolean": ("Wahrheitswert mit fehlenden Werten", "booléen avec valeurs manquantes"),
 "nullable string": ("Zeichenkette mit fehlenden Werten", "chaîne avec valeurs manquantes"),
 "n/a": ("k. A.", "n.d."),
 # Embedding view, marker plots and marker panel
 "dimension 1": ("Dimension 1", "dimension 1"), "dimension 2": ("Dimension 2", "dimension 2"),
 "Embedding (obsm key)": ("Einbettung (obsm-Schlüssel)", "Plongement (clé obsm)"),
 "Colour cells by an obs column": ("Zellen nach einer obs-Spalte färben", "Colorer les cellules selon une colonne obs"),
 "Point size (pixels)": ("Punktgröße (Pixel)", "Taille des points (pixels)"),
 "Drag to pan, wheel to zoom": ("Ziehen zum Verschieben, Mausrad zum Zoomen", "Faites glisser pour déplacer, molette pour zoomer"),
 "Draw a lasso around cells to select them": ("Ein Lasso um Zellen ziehen, um sie auszuwählen",
                                              "Tracez un lasso autour des cellules pour les sélectionner"),
 "Drag a rectangle to select cells": ("Ein Rechteck aufziehen, um Zellen auszuwählen", "Tracez un rectangle pour sélectionner des cellules"),
 "%1 vs %2": ("%1 vs. %2", "%1 vs %2"),
 "agrees": ("stimmt überein", "concorde"), "disagrees": ("weicht ab", "diffère"), "no label": ("keine Bezeichnung", "sans étiquette"),
 "gene (dot area: fraction of cells expressing)": ("Gen (Punktfläche: Anteil exprimierender Zellen)",
                                                   "gène (aire du point : fraction de cellules qui l'expriment)"),
 "mean expression\n(scaled per gene)": ("mittlere Expression\n(je Gen skaliert)", "expression moyenne\n(mise à l'échelle par gène)"),
 "expression\n(scaled per gene)": ("Expression\n(je Gen skaliert)", "expression\n(mise à l'échelle par gène)"),
 "%1 expression": ("Expression von %1", "expression de %1"),
 "cells grouped by %1": ("Zellen gruppiert nach %1", "cellules groupées par %1"),
 "Genes, separated by commas or spaces": ("Gene, durch Kommas oder Leerzeichen getrennt", "Gènes, séparés par des virgules ou des espaces"),
 "Gene shown in the violin plot": ("Im Violinplot gezeigtes Gen", "Gène affiché dans le diagramme en violon"),
 "Cannot draw the marker plots": ("Die Marker-Grafiken können nicht gezeichnet werden", "Impossible de dessiner les graphiques des marqueurs"),
 "Cannot export the markers": ("Die Marker können nicht exportiert werden", "Impossible d'exporter les marqueurs"),
 # Model menu, docks and tabs (ui/app/MainWindow.cpp)
 "&Model": ("&Modell", "&Modèle"), "&Train…": ("&Trainieren…", "En&traîner…"),
 "&Annotate with model": ("Mit Modell &annotieren", "&Annoter avec le modèle"),
 "&Impute with model": ("Mit Modell &imputieren", "&Imputer avec le modèle"),
 "&Predict perturbation…": ("&Perturbation vorhersagen…", "&Prédire une perturbation…"),
 "&Evaluate the last training settings": ("Letzte Trainingseinstellungen &evaluieren", "É&valuer les derniers paramètres d'entraînement"),
 "Evaluate &imputation (hide 10 % of entries)…": ("Imputation e&valuieren (10 % der Einträge verbergen)…",
                                                  "Évaluer l'imp&utation (masquer 10 % des entrées)…"),
 "&Save model…": ("Modell &speichern…", "&Enregistrer le modèle…"), "&Load model…": ("Modell &laden…", "&Charger un modèle…"),
 "Trains on a held-out split with the last run's settings and compares with baselines":
    ("Trainiert mit den Einstellungen des letzten Laufs auf einer Aufteilung mit zurückgehaltenen Daten und vergleicht mit Referenzverfahren",
     "Entraîne sur une partition avec données exclues, avec les paramètres de la dernière exécution, et compare aux méthodes de référence"),
 "Hides 10 % of the non-zero entries, trains an imputation model with the last run's settings on the rest and compares its imputed values with baselines":
    ("Verbirgt 10 % der von null verschiedenen Einträge, trainiert mit den Einstellungen des letzten Laufs ein Imputationsmodell auf dem Rest "
     "und vergleicht seine imputierten Werte mit Referenzverfahren",
     "Masque 10 % des entrées non nulles, entraîne un modèle d'imputation avec les paramètres de la dernière exécution sur le reste "
     "et compare ses valeurs imputées aux méthodes de référence"),
 "Annotation results": ("Annotationsergebnisse", "Résultats d'annotation"), "Imputation": ("Imputation", "Imputation"),
 "Perturbation": ("Perturbation", "Perturbation"), "Annotation": ("Annotation", "Annotation"),
 "Imputation evaluation": ("Imputations-Evaluation", "Évaluation de l'imputation"),
 "<opened>": ("<geöffnet>", "<ouvert>"), "Training": ("Training", "Entraînement"), "Runs": ("Läufe", "Exécutions"),
 "use Model > Annotate with model.": ("weiter mit Modell > Mit Modell annotieren.", "utilisez Modèle > Annoter avec le modèle."),
 "use Model > Impute with model.": ("weiter mit Modell > Mit Modell imputieren.", "utilisez Modèle > Imputer avec le modèle."),
 "use Model > Predict perturbation…": ("weiter mit Modell > Perturbation vorhersagen…", "utilisez Modèle > Prédire une perturbation…"),
 "Training the scDiff model": ("Trainiere das scDiff-Modell", "Entraînement du modèle scDiff"),
 "Resuming the training": ("Setze das Training fort", "Reprise de l'entraînement"),
 "Training cancelled.": ("Training abgebrochen.", "Entraînement annulé."),
 "Training failed: %1": ("Training fehlgeschlagen: %1", "Échec de l'entraînement : %1"),
 "Cannot train the model": ("Das Modell kann nicht trainiert werden", "Impossible d'entraîner le modèle"),
 "training (%1)": ("Training (%1)", "entraînement (%1)"), "Reading %1": ("Lese %1", "Lecture de %1"),
 "Cannot resume the training": ("Das Training kann nicht fortgesetzt werden", "Impossible de reprendre l'entraînement"),
 "Resume training from checkpoint": ("Training ab Checkpoint fortsetzen", "Reprendre l'entraînement depuis un point de contrôle"),
 "Annotating with the scDiff model": ("Annotiere mit dem scDiff-Modell", "Annotation avec le modèle scDiff"),
 "Cannot annotate": ("Annotieren nicht möglich", "Annotation impossible"),
 "The dataset was replaced while the annotation ran.": ("Der Datensatz wurde während der Annotation ersetzt.",
                                                        "Le jeu de données a été remplacé pendant l'annotation."),
 # Task names inside a sentence (DisplayNames::taskInSentence): German keeps the capital of a noun
 "annotation": ("Annotation", "annotation"), "imputation": ("Imputation", "imputation"),
 "perturbation": ("Perturbation", "perturbation"),
 "Imputing with the scDiff model": ("Imputiere mit dem scDiff-Modell", "Imputation avec le modèle scDiff"),
 "Cannot impute": ("Imputieren nicht möglich", "Imputation impossible"),
 "The dataset was replaced while the imputation ran.": ("Der Datensatz wurde während der Imputation ersetzt.",
                                                        "Le jeu de données a été remplacé pendant l'imputation."),
 "Cannot predict a perturbation": ("Es kann keine Perturbation vorhergesagt werden", "Impossible de prédire une perturbation"),
 "The model has no cell types.": ("Das Modell hat keine Zelltypen.", "Le modèle n'a aucun type cellulaire."),
 "Predict perturbation": ("Perturbation vorhersagen", "Prédire une perturbation"),
 "Cell type whose control cells are perturbed:": ("Zelltyp, dessen Kontrollzellen perturbiert werden:",
                                                  "Type cellulaire dont les cellules témoins sont perturbées :"),
 "The model was trained for %1; train a model for the perturbation task (with a condition column).":
    ("Das Modell wurde für die Aufgabe %1 trainiert; trainieren Sie ein Modell für die Perturbationsaufgabe (mit einer Bedingungsspalte).",
     "Le modèle a été entraîné pour la tâche %1 ; entraînez un modèle pour la tâche de perturbation (avec une colonne de condition)."),
 "Predicting the %1 perturbation of %2": ("Sage die Perturbation „%1“ für %2 vorher", "Prédiction de la perturbation « %1 » de %2"),
 "Cannot predict the perturbation": ("Die Perturbation kann nicht vorhergesagt werden", "Impossible de prédire la perturbation"),
 "perturbation (%1)": ("Perturbation (%1)", "perturbation (%1)"),
 "Cannot save the predicted cells": ("Die vorhergesagten Zellen können nicht gespeichert werden", "Impossible d'enregistrer les cellules prédites"),
 "Save predicted cells": ("Vorhergesagte Zellen speichern", "Enregistrer les cellules prédites"),
 "Evaluating the %1 settings": ("Evaluiere die Einstellungen (%1)", "Évaluation des paramètres (%1)"),
 "Cannot evaluate": ("Evaluieren nicht möglich", "Évaluation impossible"),
 "Evaluating imputation (10 % of the entries hidden)": ("Evaluiere die Imputation (10 % der Einträge verborgen)",
                                                        "Évaluation de l'imputation (10 % des entrées masquées)"),
 "Cannot evaluate imputation": ("Die Imputation kann nicht evaluiert werden", "Impossible d'évaluer l'imputation"),
 "Cannot save the model": ("Das Modell kann nicht gespeichert werden", "Impossible d'enregistrer le modèle"),
 "Cannot load the model": ("Das Modell kann nicht geladen werden", "Impossible de charger le modèle"),
 "Save model": ("Modell speichern", "Enregistrer le modèle"), "Load model": ("Modell laden", "Charger un modèle"),
 # Training dialog (ui/train/TrainDialog.cpp)
 "Train scDiff model": ("scDiff-Modell trainieren", "Entraîner un modèle scDiff"),
 "%1 (not in this dataset)": ("%1 (nicht in diesem Datensatz)", "%1 (absent de ce jeu de données)"),
 "%1 (not available here)": ("%1 (hier nicht verfügbar)", "%1 (non disponible ici)"),
 "(none)": ("(keine)", "(aucune)"), "only at the end": ("nur am Ende", "uniquement à la fin"), "off": ("aus", "désactivé"),
 "none": ("keine", "aucune"), "Automatic (a GPU when there is one)": ("Automatisch (eine GPU, falls vorhanden)", "Automatique (un GPU s'il y en a un)"),
 "Mask a random part of each cell's expression context": ("Einen zufälligen Teil des Expressionskontexts jeder Zelle maskieren",
                                                          "Masquer une partie aléatoire du contexte d'expression de chaque cellule"),
 "Per cell a masking ratio r ~ U(0,1) (r = 1 with probability %1) hides part of the expression the context conditioner sees":
    ("Pro Zelle verbirgt ein Maskierungsanteil r ~ U(0,1) (r = 1 mit Wahrscheinlichkeit %1) einen Teil der Expression, die der Kontext-Konditionierer sieht",
     "Pour chaque cellule, un taux de masquage r ~ U(0,1) (r = 1 avec une probabilité %1) masque une partie de l'expression que voit le conditionneur de contexte"),
 "all cores (%1)": ("alle Kerne (%1)", "tous les cœurs (%1)"),
 "The dataset has no expression matrix X.": ("Der Datensatz hat keine Expressionsmatrix X.", "Le jeu de données n'a pas de matrice d'expression X."),
 "X holds raw counts: it will be normalised (1e4 per cell) and log1p'd for training.":
    ("X enthält Rohzählwerte: Für das Training wird es normalisiert (1e4 pro Zelle) und log1p-transformiert.",
     "X contient des comptages bruts : il sera normalisé (1e4 par cellule) et transformé par log1p pour l'entraînement."),
 "X holds neither raw counts nor log-normalised values (negative or scaled values?); scDiff trains on counts or log1p-normalised expression.":
    ("X enthält weder Rohzählwerte noch log-normalisierte Werte (negative oder skalierte Werte?); scDiff trainiert auf Zählwerten oder log1p-normalisierter Expression.",
     "X ne contient ni comptages bruts ni valeurs log-normalisées (valeurs négatives ou mises à l'échelle ?) ; scDiff s'entraîne sur des comptages ou une expression normalisée par log1p."),
 "X is empty: there are no cells or genes to train on.": ("X ist leer: Es gibt keine Zellen oder Gene zum Trainieren.",
                                                          "X est vide : il n'y a ni cellules ni gènes sur lesquels s'entraîner."),
 "Expression:": ("Expression:", "Expression :"), "raw counts": ("Rohzählwerte", "comptages bruts"),
 "log-normalised": ("log-normalisiert", "log-normalisé"), "scaled or other values": ("skalierte oder andere Werte", "valeurs mises à l'échelle ou autres"),
 "empty": ("leer", "vide"),
 "%1 holds raw counts: they will be normalised (1e4 per cell) and log1p'd for training.":
    ("%1 enthält Rohzählwerte: Für das Training werden sie normalisiert (1e4 pro Zelle) und log1p-transformiert.",
     "%1 contient des comptages bruts : ils seront normalisés (1e4 par cellule) et transformés par log1p pour l'entraînement."),
 "%1 holds neither raw counts nor log-normalised values (negative or scaled values?); scDiff trains on counts or log1p-normalised expression: choose raw.X or a counts layer if the file has one.":
    ("%1 enthält weder Rohzählwerte noch log-normalisierte Werte (negative oder skalierte Werte?); scDiff trainiert auf Zählwerten oder "
     "log1p-normalisierter Expression: Wählen Sie raw.X oder eine Ebene mit Zählwerten, falls die Datei eine hat.",
     "%1 ne contient ni comptages bruts ni valeurs log-normalisées (valeurs négatives ou mises à l'échelle ?) ; scDiff s'entraîne sur des comptages "
     "ou une expression normalisée par log1p : choisissez raw.X ou une couche de comptages si le fichier en contient une."),
 "%1 is empty or missing: there are no cells or genes to train on.": ("%1 ist leer oder fehlt: Es gibt keine Zellen oder Gene zum Trainieren.",
                                                                      "%1 est vide ou absent : il n'y a ni cellules ni gènes sur lesquels s'entraîner."),
 "Task:": ("Aufgabe:", "Tâche :"), "Preset:": ("Voreinstellung:", "Préréglage :"),
 "Cell type column:": ("Zelltyp-Spalte:", "Colonne de type cellulaire :"), "Batch column:": ("Batch-Spalte:", "Colonne de lot :"),
 "Condition column:": ("Bedingungsspalte:", "Colonne de condition :"), "Control value:": ("Kontrollwert:", "Valeur témoin :"),
 "Stimulated value:": ("Stimulationswert:", "Valeur stimulée :"), "Held-out cell type:": ("Zurückgehaltener Zelltyp:", "Type cellulaire exclu :"),
 "Epochs:": ("Epochen:", "Époques :"), "Base learning rate:": ("Basis-Lernrate:", "Taux d'apprentissage de base :"),
 "Batch size:": ("Batchgröße:", "Taille de lot :"), "Hidden size:": ("Versteckte Dimension:", "Dimension cachée :"),
 "Depth (blocks):": ("Tiefe (Blöcke):", "Profondeur (blocs) :"), "Seed:": ("Seed:", "Graine :"),
 "Device:": ("Gerät:", "Périphérique :"), "CPU threads:": ("CPU-Threads:", "Threads CPU :"),
 "Context masking:": ("Kontextmaskierung:", "Masquage du contexte :"),
 "Checkpoint every (epochs):": ("Checkpoint alle (Epochen):", "Point de contrôle toutes les (époques) :"),
 "Validation fraction:": ("Validierungsanteil:", "Fraction de validation :"),
 "Early-stopping patience (epochs):": ("Geduld für frühes Stoppen (Epochen):", "Patience de l'arrêt précoce (époques) :"),
 "Train": ("Trainieren", "Entraîner"), "Save config…": ("Konfiguration speichern…", "Enregistrer la configuration…"),
 "Load config…": ("Konfiguration laden…", "Charger une configuration…"),
 "Save run configuration": ("Laufkonfiguration speichern", "Enregistrer la configuration d'exécution"),
 "Load run configuration": ("Laufkonfiguration laden", "Charger une configuration d'exécution"),
 "Cannot apply the preset": ("Die Voreinstellung kann nicht angewendet werden", "Impossible d'appliquer le préréglage"),
 "Effective learning rate: %1 (base × batch size %2)": ("Effektive Lernrate: %1 (Basis × Batchgröße %2)",
                                                        "Taux d'apprentissage effectif : %1 (base × taille de lot %2)"),
 "The %1 task needs a cell type column.": ("Die Aufgabe „%1“ benötigt eine Zelltyp-Spalte.", "La tâche « %1 » nécessite une colonne de type cellulaire."),
 "There is no obs column “%1” with labels in this dataset.": ("In diesem Datensatz gibt es keine obs-Spalte „%1“ mit Bezeichnungen.",
                                                              "Ce jeu de données n'a pas de colonne obs « %1 » avec des étiquettes."),
 "Perturbation needs a condition column (control / stimulated).": ("Perturbation benötigt eine Bedingungsspalte (Kontrolle / stimuliert).",
                                                                   "La perturbation nécessite une colonne de condition (témoin / stimulé)."),
 "The control value “%1” does not occur in column “%2”.": ("Der Kontrollwert „%1“ kommt in Spalte „%2“ nicht vor.",
                                                           "La valeur témoin « %1 » n'apparaît pas dans la colonne « %2 »."),
 "The stimulated value “%1” does not occur in column “%2”.": ("Der Stimulationswert „%1“ kommt in Spalte „%2“ nicht vor.",
                                                              "La valeur stimulée « %1 » n'apparaît pas dans la colonne « %2 »."),
 "Control and stimulated must be different values.": ("Kontrolle und Stimulation müssen verschiedene Werte sein.",
                                                      "Les valeurs témoin et stimulée doivent être différentes."),
 "The held-out cell type “%1” does not occur in column “%2”.": ("Der zurückgehaltene Zelltyp „%1“ kommt in Spalte „%2“ nicht vor.",
                                                                "Le type cellulaire exclu « %1 » n'apparaît pas dans la colonne « %2 »."),
 "The held-out cell type “%1” has no “%2” cells to predict from.": ("Der zurückgehaltene Zelltyp „%1“ hat keine „%2“-Zellen, aus denen vorhergesagt werden kann.",
                                                                    "Le type cellulaire exclu « %1 » n'a aucune cellule « %2 » à partir de laquelle prédire."),
 "The base learning rate must be a positive number, for example 1e-5.": ("Die Basis-Lernrate muss eine positive Zahl sein, zum Beispiel 1e-5.", "Le taux d'apprentissage de base doit être un nombre positif, par exemple 1e-5."),
 "The device “%1” is not available on this computer.": ("Das Gerät „%1“ ist auf diesem Computer nicht verfügbar.",
                                                        "Le périphérique « %1 » n'est pas disponible sur cet ordinateur."),
 "Cannot save the configuration": ("Die Konfiguration kann nicht gespeichert werden", "Impossible d'enregistrer la configuration"),
 "Cannot load the configuration": ("Die Konfiguration kann nicht geladen werden", "Impossible de charger la configuration"),
 "%1 is not a usable run configuration: %2": ("%1 ist keine verwendbare Laufkonfiguration: %2", "%1 n'est pas une configuration d'exécution utilisable : %2"),
 # Training dock and loss curve (ui/train/TrainingDock.cpp, LossCurveView.cpp)
 "No model trained in this session. Use Model > Train…": ("In dieser Sitzung wurde noch kein Modell trainiert. Verwenden Sie Modell > Trainieren…",
                                                          "Aucun modèle entraîné dans cette session. Utilisez Modèle > Entraîner…"),
 "Resume from checkpoint…": ("Ab Checkpoint fortsetzen…", "Reprendre depuis un point de contrôle…"),
 "%p %": ("%p %", "%p %"),
 "The checkpoint can be resumed.": ("Das Training kann ab dem Checkpoint fortgesetzt werden.",
                                    "L'entraînement peut reprendre depuis le point de contrôle."),
 "epoch": ("Epoche", "époque"), "loss (MSE)": ("Verlust (MSE)", "perte (MSE)"),
 "train loss": ("Trainingsverlust", "perte d'entraînement"), "validation loss": ("Validierungsverlust", "perte de validation"),
 "No training yet": ("Noch kein Training", "Pas encore d'entraînement"),
 "Epoch 0/%1 · preparing": ("Epoche 0/%1 · Vorbereitung", "Époque 0/%1 · préparation"),
 "Epoch %1/%2 · train loss %3 · %4 cells/s": ("Epoche %1/%2 · Trainingsverlust %3 · %4 Zellen/s",
                                              "Époque %1/%2 · perte d'entraînement %3 · %4 cellules/s"),
 "Epoch %1/%2 · loss %3 · %4 cells/s · %5 left": ("Epoche %1/%2 · Verlust %3 · %4 Zellen/s · noch %5",
                                                  "Époque %1/%2 · perte %3 · %4 cellules/s · reste %5"),
 "Epoch %1/%2 · train loss %3": ("Epoche %1/%2 · Trainingsverlust %3", "Époque %1/%2 · perte d'entraînement %3"),
 # Runs panel (ui/results/MetricsPanel.cpp)
 "Finished": ("Beendet", "Terminé"), "Task": ("Aufgabe", "Tâche"), "Preset": ("Voreinstellung", "Préréglage"),
 "Epochs": ("Epochen", "Époques"), "Metrics": ("Metriken", "Métriques"), "Time (s)": ("Zeit (s)", "Durée (s)"),
 "evaluation (%1): %2": ("Evaluation (%1): %2", "évaluation (%1) : %2"),
 "Cannot export the runs": ("Die Läufe können nicht exportiert werden", "Impossible d'exporter les exécutions"),
 "Export runs": ("Läufe exportieren", "Exporter les exécutions"),
 # Annotation results (ui/results/AnnotationResultsPanel.cpp)
 "Show agreement on embedding": ("Übereinstimmung in der Einbettung zeigen", "Afficher la concordance sur le plongement"),
 "Colours the embedding by whether the prediction agrees with the reference column":
    ("Färbt die Einbettung danach, ob die Vorhersage mit der Referenzspalte übereinstimmt",
     "Colore le plongement selon la concordance entre la prédiction et la colonne de référence"),
 "Reference column:": ("Referenzspalte:", "Colonne de référence :"), "Confusion matrix": ("Konfusionsmatrix", "Matrice de confusion"),
 "Class": ("Klasse", "Classe"), "Precision": ("Präzision", "Précision"), "Recall": ("Trefferquote", "Rappel"),
 "F1": ("F1", "F1"), "Support": ("Anzahl", "Effectif"),
 "Export per-class metrics": ("Metriken je Klasse exportieren", "Exporter les métriques par classe"),
 "Select low-confidence cells": ("Zellen mit geringer Konfidenz auswählen", "Sélectionner les cellules à faible confiance"),
 "Selects the cells whose confidence (scdiff_confidence) is below the threshold":
    ("Wählt die Zellen aus, deren Konfidenz (scdiff_confidence) unter dem Schwellenwert liegt",
     "Sélectionne les cellules dont la confiance (scdiff_confidence) est inférieure au seuil"),
 "only the selected cells": ("nur die ausgewählten Zellen", "uniquement les cellules sélectionnées"),
 "Accept predictions into…": ("Vorhersagen übernehmen in…", "Accepter les prédictions dans…"),
 "Copies scdiff_cell_type into the chosen (or a new) obs column as one undoable step":
    ("Kopiert scdiff_cell_type in einem rückgängig machbaren Schritt in die gewählte (oder eine neue) obs-Spalte",
     "Copie scdiff_cell_type dans la colonne obs choisie (ou une nouvelle) en une seule étape annulable"),
 "Confidence below": ("Konfidenz unter", "Confiance inférieure à"),
 "Annotate with a model (Model > Annotate with model) to see how its predictions agree with a reference column.":
    ("Annotieren Sie mit einem Modell (Modell > Mit Modell annotieren), um zu sehen, wie gut seine Vorhersagen mit einer Referenzspalte übereinstimmen.",
     "Annotez avec un modèle (Modèle > Annoter avec le modèle) pour voir dans quelle mesure ses prédictions concordent avec une colonne de référence."),
 "Choose a reference obs column to compare the predictions with.": ("Wählen Sie eine obs-Referenzspalte, mit der die Vorhersagen verglichen werden.",
                                                                    "Choisissez une colonne obs de référence à laquelle comparer les prédictions."),
 "Macro accuracy: %1": ("Makro-Genauigkeit: %1", "Exactitude macro : %1"), "Macro F1: %1": ("Makro-F1: %1", "F1 macro : %1"),
 "cells": ("Zellen", "cellules"), "predicted (%1)": ("vorhergesagt (%1)", "prédit (%1)"), "reference (%1)": ("Referenz (%1)", "référence (%1)"),
 "Predicted but absent from the reference; not part of the macro averages":
    ("Vorhergesagt, aber nicht in der Referenz; nicht Teil der Makro-Mittelwerte", "Prédite mais absente de la référence ; exclue des moyennes macro"),
 "macro average": ("Makro-Mittelwert", "moyenne macro"),
 "Cannot select cells": ("Zellen können nicht ausgewählt werden", "Impossible de sélectionner les cellules"),
 "There is no confidence column; annotate with the model first.": ("Es gibt keine Konfidenzspalte; annotieren Sie zuerst mit dem Modell.",
                                                                   "Il n'y a pas de colonne de confiance ; annotez d'abord avec le modèle."),
 "Cannot accept the predictions": ("Die Vorhersagen können nicht übernommen werden", "Impossible d'accepter les prédictions"),
 "There are no annotation results to export.": ("Es gibt keine Annotationsergebnisse zum Exportieren.", "Il n'y a aucun résultat d'annotation à exporter."),
 # Imputation view (ui/results/ImputationView.cpp)
 "comma-separated gene names (default: the %1 most variable genes)": ("kommagetrennte Gennamen (Standard: die %1 variabelsten Gene)",
                                                                      "noms de gènes séparés par des virgules (par défaut : les %1 gènes les plus variables)"),
 "Most variable": ("Variabelste", "Plus variables"),
 "The %1 genes with the largest variance of log-normalised X": ("Die %1 Gene mit der größten Varianz im log-normalisierten X",
                                                                "Les %1 gènes de plus grande variance dans X log-normalisé"),
 "Observed (X, log-normalised)": ("Beobachtet (X, log-normalisiert)", "Observé (X, log-normalisé)"),
 "Imputed (layers['scdiff_imputed'])": ("Imputiert (layers['scdiff_imputed'])", "Imputé (layers['scdiff_imputed'])"),
 "log-normalised expression": ("log-normalisierte Expression", "expression log-normalisée"),
 "Order cells by:": ("Zellen sortieren nach:", "Trier les cellules par :"),
 "Impute with Model > Impute with model to compare observed and imputed expression.":
    ("Imputieren Sie mit Modell > Mit Modell imputieren, um beobachtete und imputierte Expression zu vergleichen.",
     "Imputez avec Modèle > Imputer avec le modèle pour comparer l'expression observée et imputée."),
 "Only the first %1 genes are shown.": ("Nur die ersten %1 Gene werden angezeigt.", "Seuls les %1 premiers gènes sont affichés."),
 "The dataset has no imputed layer yet (Model > Impute with model).": ("Der Datensatz hat noch keine imputierte Ebene (Modell > Mit Modell imputieren).",
                                                                       "Le jeu de données n'a pas encore de couche imputée (Modèle > Imputer avec le modèle)."),
 "<missing>": ("<fehlt>", "<manquant>"),
 # Imputation evaluation (ui/results/ImputationEvaluationView.cpp)
 "true value (log-normalised)": ("wahrer Wert (log-normalisiert)", "valeur réelle (log-normalisée)"),
 "scDiff imputed value (log-normalised)": ("von scDiff imputierter Wert (log-normalisiert)", "valeur imputée par scDiff (log-normalisée)"),
 "Method": ("Methode", "Méthode"), "Pearson": ("Pearson", "Pearson"), "RMSE": ("RMSE", "RMSE"),
 "Median-cell Pearson": ("Pearson (Median über Zellen)", "Pearson (médiane par cellule)"), "Seconds": ("Sekunden", "Secondes"),
 "scDiff and the baselines, on the same hidden entries in the same run":
    ("scDiff und die Referenzverfahren, auf denselben verborgenen Einträgen im selben Lauf",
     "scDiff et les méthodes de référence, sur les mêmes entrées masquées de la même exécution"),
 "Pearson correlation of the hidden true values and the imputed values":
    ("Pearson-Korrelation zwischen den verborgenen wahren Werten und den imputierten Werten",
     "Corrélation de Pearson entre les vraies valeurs masquées et les valeurs imputées"),
 "Root mean squared error on the hidden entries (log-normalised scale)":
    ("Wurzel der mittleren quadratischen Abweichung auf den verborgenen Einträgen (log-normalisierte Skala)",
     "Racine de l'erreur quadratique moyenne sur les entrées masquées (échelle log-normalisée)"),
 "Median over cells (with at least two hidden entries) of the per-cell Pearson correlation":
    ("Median der Pearson-Korrelation je Zelle über die Zellen (mit mindestens zwei verborgenen Einträgen)",
     "Médiane sur les cellules (ayant au moins deux entrées masquées) de la corrélation de Pearson par cellule"),
 "Training and imputation time": ("Trainings- und Imputationszeit", "Durée de l'entraînement et de l'imputation"),
 "Scores on the hidden entries: scDiff and the baselines of the same run":
    ("Scores auf den verborgenen Einträgen: scDiff und die Referenzverfahren desselben Laufs",
     "Scores sur les entrées masquées : scDiff et les méthodes de référence de la même exécution"),
 "Protocol: %1. Scores on the hidden entries; scDiff trained with the last run's settings (task imputation), the baselines on the same observed entries.":
    ("Protokoll: %1. Scores auf den verborgenen Einträgen; scDiff mit den Einstellungen des letzten Laufs trainiert (Aufgabe Imputation), "
     "die Referenzverfahren auf denselben beobachteten Einträgen.",
     "Protocole : %1. Scores sur les entrées masquées ; scDiff entraîné avec les paramètres de la dernière exécution (tâche imputation), "
     "les méthodes de référence sur les mêmes entrées observées."),
 "The report has no hidden entries to show": ("Der Bericht enthält keine verborgenen Einträge zum Anzeigen",
                                              "Le rapport ne contient aucune entrée masquée à afficher"),
 "hidden entries": ("verborgene Einträge", "entrées masquées"),
 "%1 on the hidden entries: Pearson %2, RMSE %3": ("%1 auf den verborgenen Einträgen: Pearson %2, RMSE %3",
                                                   "%1 sur les entrées masquées : Pearson %2, RMSE %3"),
 "%1 of %2 hidden entries shown (evenly spaced)": ("%1 von %2 verborgenen Einträgen angezeigt (gleichmäßig verteilt)",
                                                   "%1 entrées masquées sur %2 affichées (régulièrement espacées)"),
 # Perturbation view (ui/results/PerturbationView.cpp)
 "Save predicted cells as h5ad…": ("Vorhergesagte Zellen als h5ad speichern…", "Enregistrer les cellules prédites en h5ad…"),
 "Gene": ("Gen", "Gène"), "Control": ("Kontrolle", "Témoin"), "Predicted": ("Vorhergesagt", "Prédit"),
 "Pred. Δ": ("Vorh. Δ", "Δ prédit"), "Obs. Δ": ("Beob. Δ", "Δ observé"),
 "Mean of the type's control cells": ("Mittelwert der Kontrollzellen des Typs", "Moyenne des cellules témoins du type"),
 "Mean of the predicted stimulated cells": ("Mittelwert der vorhergesagten stimulierten Zellen", "Moyenne des cellules stimulées prédites"),
 "Predicted change: predicted stimulated − control": ("Vorhergesagte Änderung: vorhergesagt stimuliert − Kontrolle",
                                                      "Changement prédit : stimulé prédit − témoin"),
 "Observed change: observed stimulated − control (when the dataset has such cells)":
    ("Beobachtete Änderung: beobachtet stimuliert − Kontrolle (wenn der Datensatz solche Zellen enthält)",
     "Changement observé : stimulé observé − témoin (si le jeu de données contient de telles cellules)"),
 "Export the DE table": ("DE-Tabelle exportieren", "Exporter la table DE"),
 "All model genes by |predicted change| (log-normalised means)": ("Alle Modellgene nach |vorhergesagter Änderung| (log-normalisierte Mittelwerte)",
                                                                  "Tous les gènes du modèle par |changement prédit| (moyennes log-normalisées)"),
 "Gene (top 20 by |predicted change|):": ("Gen (Top 20 nach |vorhergesagter Änderung|):", "Gène (20 premiers par |changement prédit|) :"),
 "Top changes": ("Größte Änderungen", "Principaux changements"), "Predicted vs observed": ("Vorhergesagt vs. beobachtet", "Prédit vs observé"),
 "Violins": ("Violinen", "Violons"),
 "Predict a perturbation with Model > Predict perturbation… (a model trained for the perturbation task).":
    ("Sagen Sie eine Perturbation mit Modell > Perturbation vorhersagen… vorher (mit einem für die Perturbationsaufgabe trainierten Modell).",
     "Prédisez une perturbation avec Modèle > Prédire une perturbation… (un modèle entraîné pour la tâche de perturbation)."),
 "The dataset has no %1 cells of this type: only the predicted change is shown.":
    ("Der Datensatz enthält keine %1-Zellen dieses Typs: Nur die vorhergesagte Änderung wird gezeigt.",
     "Le jeu de données ne contient aucune cellule %1 de ce type : seul le changement prédit est affiché."),
 "Cannot export the DE table": ("Die DE-Tabelle kann nicht exportiert werden", "Impossible d'exporter la table DE"),
 "There is no perturbation prediction to export.": ("Es gibt keine Perturbationsvorhersage zum Exportieren.",
                                                    "Il n'y a aucune prédiction de perturbation à exporter."),
 "predicted − control": ("vorhergesagt − Kontrolle", "prédit − témoin"), "observed − control": ("beobachtet − Kontrolle", "observé − témoin"),
 "mean change (log-normalised)": ("mittlere Änderung (log-normalisiert)", "changement moyen (log-normalisé)"),
 "No observed stimulated cells of this type to compare with": ("Keine beobachteten stimulierten Zellen dieses Typs zum Vergleich",
                                                               "Aucune cellule stimulée observée de ce type à comparer"),
 "genes": ("Gene", "gènes"),
 "R² = %1 (top %2 DE genes), %3 (all %4 genes)": ("R² = %1 (Top %2 DE-Gene), %3 (alle %4 Gene)",
                                                  "R² = %1 (%2 premiers gènes DE), %3 (tous les %4 gènes)"),
 "observed mean change (stimulated − control)": ("beobachtete mittlere Änderung (stimuliert − Kontrolle)", "changement moyen observé (stimulé − témoin)"),
 "predicted mean change (predicted − control)": ("vorhergesagte mittlere Änderung (vorhergesagt − Kontrolle)", "changement moyen prédit (prédit − témoin)"),
 "%1 (observed)": ("%1 (beobachtet)", "%1 (observé)"), "%1 (predicted)": ("%1 (vorhergesagt)", "%1 (prédit)"),
 "%1 expression (log-normalised)": ("Expression von %1 (log-normalisiert)", "expression de %1 (log-normalisée)"),
 # Closing the window
 "A job is running": ("Ein Auftrag läuft", "Une tâche est en cours"),
 "%1 is still running. Stop it and quit?": ("%1 läuft noch. Abbrechen und beenden?", "%1 est toujours en cours. L'arrêter et quitter ?"),
 "Unsaved model": ("Nicht gespeichertes Modell", "Modèle non enregistré"),
 "The model trained in this session is not saved and is lost when scDiff Studio quits. Save it first?":
    ("Das in dieser Sitzung trainierte Modell ist nicht gespeichert und geht beim Beenden von scDiff Studio verloren. Zuerst speichern?",
     "Le modèle entraîné dans cette session n'est pas enregistré et sera perdu à la fermeture de scDiff Studio. L'enregistrer d'abord ?"),
}
NUMERUS = {
 "This dataset has %1 of the model's %Ln gene(s); the %2 missing are fed to the model as zeros, which makes its results less reliable. Apply the model anyway?":
    (["Dieser Datensatz hat %1 des %Ln Gens des Modells; die %2 fehlenden erhält das Modell als Nullen, was seine Ergebnisse weniger verlässlich macht. Das Modell trotzdem anwenden?",
      "Dieser Datensatz hat %1 der %Ln Gene des Modells; die %2 fehlenden erhält das Modell als Nullen, was seine Ergebnisse weniger verlässlich macht. Das Modell trotzdem anwenden?"],
     ["Ce jeu de données a %1 du %Ln gène du modèle ; les %2 manquants sont donnés au modèle comme des zéros, ce qui rend ses résultats moins fiables. Appliquer le modèle quand même ?",
      "Ce jeu de données a %1 des %Ln gènes du modèle ; les %2 manquants sont donnés au modèle comme des zéros, ce qui rend ses résultats moins fiables. Appliquer le modèle quand même ?"]),
 "%n gene(s)": (["%n Gen", "%n Gene"], ["%n gène", "%n gènes"]),
 "%n most variable gene(s)": (["das %n variabelste Gen", "die %n variabelsten Gene"],
                              ["le gène le plus variable", "les %n gènes les plus variables"]),
 "%1 (and %n more)": (["%1 (und %n weiteres)", "%1 (und %n weitere)"], ["%1 (et %n autre)", "%1 (et %n autres)"]),
 "The model learns all %Ln gene(s) of %1.": (["Das Modell lernt das %Ln Gen von %1.", "Das Modell lernt alle %Ln Gene von %1."],
                                              ["Le modèle apprend le %Ln gène de %1.", "Le modèle apprend les %Ln gènes de %1."]),
 "The model learns the %1 most variable of the %Ln gene(s) of %2 (chosen on the log-normalised values); annotation and imputation match datasets to them by name.":
    (["Das Modell lernt die %1 variabelsten des %Ln Gens von %2 (gewählt auf den log-normalisierten Werten); Annotation und Imputation ordnen Datensätze ihnen über den Namen zu.",
      "Das Modell lernt die %1 variabelsten der %Ln Gene von %2 (gewählt auf den log-normalisierten Werten); Annotation und Imputation ordnen Datensätze ihnen über den Namen zu."],
     ["Le modèle apprend les %1 plus variables du %Ln gène de %2 (choisis sur les valeurs log-normalisées) ; l'annotation et l'imputation y associent les jeux de données par nom.",
      "Le modèle apprend les %1 plus variables des %Ln gènes de %2 (choisis sur les valeurs log-normalisées) ; l'annotation et l'imputation y associent les jeux de données par nom."]),
 "%n cell(s) selected": (["%n Zelle ausgewählt", "%n Zellen ausgewählt"], ["%n cellule sélectionnée", "%n cellules sélectionnées"]),
 "Relabel %n cell(s) as %1": (["%n Zelle in %1 umbenennen", "%n Zellen in %1 umbenennen"],
                              ["Réétiqueter %n cellule en %1", "Réétiqueter %n cellules en %1"]),
 # Marker plots, commands, annotation results
 "%1 (%n)": (["%1 (%n)", "%1 (%n)"], ["%1 (%n)", "%1 (%n)"]),
 "%1\n%n cell(s)": (["%1\n%n Zelle", "%1\n%n Zellen"], ["%1\n%n cellule", "%1\n%n cellules"]),
 "Annotate %n cell(s) with the scDiff model": (["%n Zelle mit dem scDiff-Modell annotieren", "%n Zellen mit dem scDiff-Modell annotieren"],
                                               ["Annoter %n cellule avec le modèle scDiff", "Annoter %n cellules avec le modèle scDiff"]),
 "Impute %n cell(s) with the scDiff model": (["%n Zelle mit dem scDiff-Modell imputieren", "%n Zellen mit dem scDiff-Modell imputieren"],
                                             ["Imputer %n cellule avec le modèle scDiff", "Imputer %n cellules avec le modèle scDiff"]),
 "Accept the predictions of %n cell(s) into %1": (["Vorhersage für %n Zelle in %1 übernehmen", "Vorhersagen für %n Zellen in %1 übernehmen"],
                                                  ["Accepter la prédiction de %n cellule dans %1", "Accepter les prédictions de %n cellules dans %1"]),
 "only the %n selected cell(s)": (["nur die %n ausgewählte Zelle", "nur die %n ausgewählten Zellen"],
                                  ["uniquement la cellule sélectionnée (%n)", "uniquement les %n cellules sélectionnées"]),
 "%n cell(s) compared; accuracy %1": (["%n Zelle verglichen; Genauigkeit %1", "%n Zellen verglichen; Genauigkeit %1"],
                                      ["%n cellule comparée ; exactitude %1", "%n cellules comparées ; exactitude %1"]),
 "%n cell(s) compared; accuracy %1 (cells without a label skipped: %2)":
    (["%n Zelle verglichen; Genauigkeit %1 (übersprungene Zellen ohne Bezeichnung: %2)",
      "%n Zellen verglichen; Genauigkeit %1 (übersprungene Zellen ohne Bezeichnung: %2)"],
     ["%n cellule comparée ; exactitude %1 (cellules sans étiquette ignorées : %2)",
      "%n cellules comparées ; exactitude %1 (cellules sans étiquette ignorées : %2)"]),
 # Dataset panel and imputation view
 "%Ln cell(s)": (["%Ln Zelle", "%Ln Zellen"], ["%Ln cellule", "%Ln cellules"]),
 "%Ln gene(s)": (["%Ln Gen", "%Ln Gene"], ["%Ln gène", "%Ln gènes"]),
 "%n unknown gene(s): %1.": (["%n unbekanntes Gen: %1.", "%n unbekannte Gene: %1."],
                             ["%n gène inconnu : %1.", "%n gènes inconnus : %1."]),
 # Imputation and perturbation views
 "%n cell(s) ordered by %1": (["%n Zelle, sortiert nach %1", "%n Zellen, sortiert nach %1"],
                              ["%n cellule triée par %1", "%n cellules triées par %1"]),
 "%1: predicted %2 vs %3 (%n control cell(s))": (["%1: vorhergesagt %2 vs. %3 (%n Kontrollzelle)", "%1: vorhergesagt %2 vs. %3 (%n Kontrollzellen)"],
                                                 ["%1 : %2 prédit vs %3 (%n cellule témoin)", "%1 : %2 prédit vs %3 (%n cellules témoins)"]),
 "Observed: %n stimulated cell(s) of this type.  R² of predicted vs observed mean change: %1 (top %2 DE genes), %3 (all %4 genes)":
    (["Beobachtet: %n stimulierte Zelle dieses Typs.  R² der vorhergesagten vs. beobachteten mittleren Änderung: %1 (Top %2 DE-Gene), %3 (alle %4 Gene)",
      "Beobachtet: %n stimulierte Zellen dieses Typs.  R² der vorhergesagten vs. beobachteten mittleren Änderung: %1 (Top %2 DE-Gene), %3 (alle %4 Gene)"],
     ["Observé : %n cellule stimulée de ce type.  R² du changement moyen prédit vs observé : %1 (%2 premiers gènes DE), %3 (tous les %4 gènes)",
      "Observé : %n cellules stimulées de ce type.  R² du changement moyen prédit vs observé : %1 (%2 premiers gènes DE), %3 (tous les %4 gènes)"]),
 "top %n gene(s) by |predicted − control|": (["Top %n Gen nach |vorhergesagt − Kontrolle|", "Top %n Gene nach |vorhergesagt − Kontrolle|"],
                                             ["%n premier gène selon |prédit − témoin|", "%n premiers gènes selon |prédit − témoin|"]),
 # Model menu and training (MainWindow, TrainDialog)
 "Model: %1, %Ln gene(s).": (["Modell: %1, %Ln Gen.", "Modell: %1, %Ln Gene."], ["Modèle : %1, %Ln gène.", "Modèle : %1, %Ln gènes."]),
 "Model: %1, %Ln gene(s), all found in this dataset.":
    (["Modell: %1, %Ln Gen, in diesem Datensatz gefunden.", "Modell: %1, %Ln Gene, alle in diesem Datensatz gefunden."],
     ["Modèle : %1, %Ln gène, trouvé dans ce jeu de données.", "Modèle : %1, %Ln gènes, tous trouvés dans ce jeu de données."]),
 "Model: %1, %Ln gene(s); %2 found in this dataset, %3 missing (fed as zeros).":
    (["Modell: %1, %Ln Gen; %2 in diesem Datensatz gefunden, %3 fehlen (werden als Nullen eingespeist).",
      "Modell: %1, %Ln Gene; %2 in diesem Datensatz gefunden, %3 fehlen (werden als Nullen eingespeist)."],
     ["Modèle : %1, %Ln gène ; %2 trouvés dans ce jeu de données, %3 manquants (remplacés par des zéros).",
      "Modèle : %1, %Ln gènes ; %2 trouvés dans ce jeu de données, %3 manquants (remplacés par des zéros)."]),
 "Model: %1, %Ln gene(s). It cannot be applied to this dataset: %2":
    (["Modell: %1, %Ln Gen. Es kann nicht auf diesen Datensatz angewendet werden: %2",
      "Modell: %1, %Ln Gene. Es kann nicht auf diesen Datensatz angewendet werden: %2"],
     ["Modèle : %1, %Ln gène. Il ne peut pas être appliqué à ce jeu de données : %2",
      "Modèle : %1, %Ln gènes. Il ne peut pas être appliqué à ce jeu de données : %2"]),
 "Trained %n epoch(s) of a model with %1 parameters on %2; %3":
    (["%n Epoche eines Modells mit %1 Parametern auf %2 trainiert; %3", "%n Epochen eines Modells mit %1 Parametern auf %2 trainiert; %3"],
     ["%n époque d'un modèle à %1 paramètres entraînée sur %2 ; %3", "%n époques d'un modèle à %1 paramètres entraînées sur %2 ; %3"]),
 "%1 · %2 preset · %n epoch(s)": (["%1 · Voreinstellung %2 · %n Epoche", "%1 · Voreinstellung %2 · %n Epochen"],
                                  ["%1 · préréglage %2 · %n époque", "%1 · préréglage %2 · %n époques"]),
 "Loaded %1: %n epoch(s), %2 parameters.": (["%1 geladen: %n Epoche, %2 Parameter.", "%1 geladen: %n Epochen, %2 Parameter."],
                                            ["%1 chargé : %n époque, %2 paramètres.", "%1 chargé : %n époques, %2 paramètres."]),
 "Column “%1” has %n class(es); annotation needs at least two cell types.":
    (["Spalte „%1“ hat %n Klasse; die Annotation benötigt mindestens zwei Zelltypen.",
      "Spalte „%1“ hat %n Klassen; die Annotation benötigt mindestens zwei Zelltypen."],
     ["La colonne « %1 » a %n classe ; l'annotation nécessite au moins deux types cellulaires.",
      "La colonne « %1 » a %n classes ; l'annotation nécessite au moins deux types cellulaires."]),
 "%1 (%n cell(s))": (["%1 (%n Zelle)", "%1 (%n Zellen)"], ["%1 (%n cellule)", "%1 (%n cellules)"]),
 "%n class(es) with fewer than %1 cells: %2. The model sees few examples of them, so their predictions are unreliable; consider merging them.":
    (["%n Klasse mit weniger als %1 Zellen: %2. Das Modell sieht nur wenige Beispiele davon, daher sind ihre Vorhersagen unzuverlässig; "
      "erwägen Sie, sie mit einer anderen Klasse zusammenzuführen.",
      "%n Klassen mit weniger als %1 Zellen: %2. Das Modell sieht nur wenige Beispiele davon, daher sind ihre Vorhersagen unzuverlässig; "
      "erwägen Sie, sie zusammenzuführen."],
     ["%n classe avec moins de %1 cellules : %2. Le modèle en voit peu d'exemples, ses prédictions sont donc peu fiables ; "
      "envisagez de la fusionner avec une autre classe.",
      "%n classes avec moins de %1 cellules : %2. Le modèle en voit peu d'exemples, leurs prédictions sont donc peu fiables ; "
      "envisagez de les fusionner."]),
}
# English (scdiff_en.ts, made with lupdate -pluralonly) holds only the %n messages: the singular and
# plural forms come from the source text, "cell(s)" -> "cell" / "cells", "class(es)" -> "class" /
# "classes", "entr(y|ies)" -> "entry" / "entries". EN_SPECIAL holds those that read better reworded.
EN_SPECIAL = {
 "Model: %1, %Ln gene(s), all found in this dataset.":
    ["Model: %1, %Ln gene, found in this dataset.", "Model: %1, %Ln genes, all found in this dataset."],
 "%n class(es) with fewer than %1 cells: %2. The model sees few examples of them, so their predictions are unreliable; consider merging them.":
    ["%n class with fewer than %1 cells: %2. The model sees few examples of it, so its predictions are unreliable; "
     "consider merging it with another class.",
     "%n classes with fewer than %1 cells: %2. The model sees few examples of them, so their predictions are unreliable; "
     "consider merging them."],
}


def english_forms(src):
    if src in EN_SPECIAL:
        return EN_SPECIAL[src]
    alternative = re.compile(r"\((\w+)\|(\w+)\)")  # entr(y|ies)
    optional = re.compile(r"\((s|es)\)")  # cell(s), class(es)
    one = optional.sub("", alternative.sub(r"\1", src))
    many = optional.sub(r"\1", alternative.sub(r"\2", src))
    return [one, many]


for lang, col in (("de", 0), ("fr", 1), ("en", None)):
    path = Path(__file__).with_name(f"scdiff_{lang}.ts")
    if not path.exists():
        continue
    tree = ET.parse(path)
    done = 0
    for msg in tree.iter("message"):
        src = msg.findtext("source")
        tr = msg.find("translation")
        numerus = msg.get("numerus") == "yes"
        if col is None:
            if not numerus:
                continue
            forms = english_forms(src)
        elif numerus and src in NUMERUS:
            forms = NUMERUS[src][col]
        else:
            forms = None
        if forms is not None:
            for child in list(tr): tr.remove(child)
            tr.text = None
            for form in forms:
                ET.SubElement(tr, "numerusform").text = form
        elif numerus:
            continue
        elif src in T:
            tr.text = T[src][col]
        elif src and (src.startswith("Ctrl+") or src == "Esc"):
            tr.text = src
        else:
            continue
        tr.attrib.pop("type", None)
        done += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(lang, done, "translated")
