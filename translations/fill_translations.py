#!/usr/bin/env python3
"""Fills translations/scdiff_{de,fr}.ts from the tables below (run after lupdate).
Strings not listed stay unfinished and show in English."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

T = {  # source: (German, French)
 "&File": ("&Datei", "&Fichier"), "&Open…": ("Ö&ffnen…", "&Ouvrir…"),
 "Open &10x folder…": ("&10x-Ordner öffnen…", "Ouvrir un dossier &10x…"),
 "Open &example dataset": ("&Beispieldatensatz öffnen", "Ouvrir le jeu de données d'&exemple"),
 "Open &recent": ("&Zuletzt geöffnet", "Fichiers &récents"),
 "&Export annotated h5ad…": ("Annotiertes h5ad &exportieren…", "&Exporter le h5ad annoté…"),
 "Export &obs table as CSV…": ("&obs-Tabelle als CSV exportieren…", "Exporter la table &obs en CSV…"),
 "Export &markers table as CSV…": ("&Marker-Tabelle als CSV exportieren…", "Exporter la table des &marqueurs en CSV…"),
 "Export &plot…": ("&Grafik exportieren…", "Exporter le &graphique…"),
 "&Quit": ("&Beenden", "&Quitter"), "&Edit": ("&Bearbeiten", "&Édition"),
 "&Undo": ("&Rückgängig", "&Annuler"), "&Redo": ("&Wiederholen", "&Rétablir"),
 "&Relabel selected cells…": ("Ausgewählte Zellen &umbenennen…", "&Réétiqueter les cellules sélectionnées…"),
 "&Save selection as category…": ("Auswahl als Kategorie &speichern…", "&Enregistrer la sélection comme catégorie…"),
 "Re&name or merge category…": ("Kategorie umbe&nennen oder zusammenführen…", "Re&nommer ou fusionner une catégorie…"),
 "Select by &gene expression…": ("Nach &Genexpression auswählen…", "Sélectionner par expression de &gène…"),
 "&Clear selection": ("Auswahl &aufheben", "&Effacer la sélection"),
 "&Analysis": ("&Analyse", "&Analyse"), "Compute &PCA": ("&PCA berechnen", "Calculer l'&ACP"),
 "Compute &UMAP": ("&UMAP berechnen", "Calculer l'&UMAP"),
 "Find &marker genes": ("&Markergene finden", "Trouver les gènes &marqueurs"),
 "&View": ("&Ansicht", "&Affichage"), "&Reset zoom": ("&Zoom zurücksetzen", "&Réinitialiser le zoom"),
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
 "%1 cells × %2 genes": ("%1 Zellen × %2 Gene", "%1 cellules × %2 gènes"),
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
}
NUMERUS = {
 "%n cell(s) selected": (["%n Zelle ausgewählt", "%n Zellen ausgewählt"], ["%n cellule sélectionnée", "%n cellules sélectionnées"]),
 "Relabel %n cell(s) as %1": (["%n Zelle in %1 umbenennen", "%n Zellen in %1 umbenennen"],
                              ["Réétiqueter %n cellule en %1", "Réétiqueter %n cellules en %1"]),
}
for lang, col in (("de", 0), ("fr", 1)):
    path = Path(__file__).with_name(f"scdiff_{lang}.ts")
    tree = ET.parse(path)
    done = 0
    for msg in tree.iter("message"):
        src = msg.findtext("source")
        tr = msg.find("translation")
        if src in NUMERUS:
            for child in list(tr): tr.remove(child)
            for form in NUMERUS[src][col]:
                ET.SubElement(tr, "numerusform").text = form
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
