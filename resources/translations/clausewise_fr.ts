<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>About</name>
    <message>
        <source>Compares successive drafts of treaties clause by clause, fully offline.</source>
        <extracomment>the licence of each runtime dependency as its project states it (metadata is often vague)</extracomment>
        <translation>Compare les projets successifs de traités clause par clause, entièrement hors ligne.</translation>
    </message>
    <message>
        <source>Components bundled with the app:</source>
        <translation>Composants fournis avec l&apos;application :</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Clausewise</source>
        <translation>À propos de Clausewise</translation>
    </message>
    <message>
        <source>Versions and licences</source>
        <translation>Versions et licences</translation>
    </message>
</context>
<context>
    <name>AnnotationActions</name>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Cannot undo or redo the change</source>
        <translation>Impossible d&apos;annuler ou de rétablir la modification</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Annotations</source>
        <translation>A&amp;nnotations</translation>
    </message>
    <message>
        <source>Compare two drafts first: notes belong to a comparison</source>
        <translation>Comparez d&apos;abord deux projets : les notes appartiennent à une comparaison</translation>
    </message>
    <message>
        <source>{name} is read-only: use File &gt; Save Workspace As to keep working on a copy, then add or change notes there</source>
        <translation>{name} est en lecture seule : utilisez Fichier &gt; Enregistrer l&apos;espace de travail sous pour continuer dans une copie, puis ajoutez ou modifiez les notes dans celle-ci</translation>
    </message>
    <message>
        <source>Go to a clause first (click it), then add a note</source>
        <translation>Placez-vous d&apos;abord sur une clause (cliquez dessus), puis ajoutez une note</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Select the words the note is about in the clause, then press Ctrl+Shift+M again (Escape to stop)</source>
        <translation>Sélectionnez dans la clause les mots visés par la note, puis appuyez de nouveau sur Ctrl+Shift+M (Échap pour arrêter)</translation>
    </message>
    <message>
        <source>older draft</source>
        <translation>projet antérieur</translation>
    </message>
    <message>
        <source>newer draft</source>
        <translation>nouveau projet</translation>
    </message>
    <message>
        <source>Add Note on Text</source>
        <translation>Note sur le texte</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Not saved: {error}. Your note is still here, and a copy is in {kept}. Press OK to try again, or Cancel.</source>
        <translation>Non enregistrée : {error}. Votre note est toujours ici, et une copie se trouve dans {kept}. Appuyez sur OK pour réessayer, ou sur Annuler.</translation>
    </message>
    <message>
        <source>Not saved: {error}. Your note is still here (no copy could be written either: copy the text somewhere safe). Press OK to try again, or Cancel.</source>
        <translation>Non enregistrée : {error}. Votre note est toujours ici (aucune copie n&apos;a pu être écrite non plus : copiez le texte en lieu sûr). Appuyez sur OK pour réessayer, ou sur Annuler.</translation>
    </message>
    <message>
        <source>Compare two drafts or open a workspace first</source>
        <translation>Comparez d&apos;abord deux projets ou ouvrez un espace de travail</translation>
    </message>
    <message>
        <source>Select a note in the Annotations list first</source>
        <translation>Sélectionnez d&apos;abord une note dans la liste Annotations</translation>
    </message>
    <message>
        <source>Cannot change the note</source>
        <translation>Impossible de modifier la note</translation>
    </message>
    <message>
        <source>{citation} is in neither draft shown; the note keeps the text it was written on</source>
        <translation>{citation} ne figure dans aucun des projets affichés ; la note conserve le texte sur lequel elle a été écrite</translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <source>Citation</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>open</source>
        <extracomment>A status (or &quot;needs review&quot;) as the window names it.</extracomment>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolue</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>à revoir</translation>
    </message>
    <message>
        <source>(no clause)</source>
        <translation>(aucune clause)</translation>
    </message>
    <message>
        <source>(gone)</source>
        <translation>(disparue)</translation>
    </message>
    <message>
        <source>(older)</source>
        <translation>(antérieur)</translation>
    </message>
    <message>
        <source>(newer)</source>
        <translation>(nouveau)</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrer par étiquette</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>Filter by author</source>
        <translation>Filtrer par auteur</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>On Text…</source>
        <translation>Sur le texte…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>Étiquettes…</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>Tous les auteurs</translation>
    </message>
    <message>
        <source>Add note on {citation}</source>
        <translation>Ajout d&apos;une note sur {citation}</translation>
    </message>
    <message>
        <source>Edit note on {citation}</source>
        <translation>Modification de la note sur {citation}</translation>
    </message>
    <message>
        <source>Delete note on {citation}</source>
        <translation>Suppression de la note sur {citation}</translation>
    </message>
    <message>
        <source>Mark note on {citation} {status}</source>
        <translation>Note sur {citation} marquée {status}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>{name} is the newer draft: choose the older draft to compare it with (File &gt; Open Older Draft)</source>
        <extracomment>What Qt&apos;s offscreen platform says of every window it cannot size as a desktop would: true, harmless, and printed on each screenshot.</extracomment>
        <translation>{name} est le nouveau projet : choisissez le projet antérieur avec lequel le comparer (Fichier &gt; Ouvrir le projet antérieur)</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>{error}. Please report it with the drafts that caused it.</source>
        <translation>{error}. Merci de la signaler avec les projets qui l&apos;ont provoquée.</translation>
    </message>
</context>
<context>
    <name>CellText</name>
    <message>
        <source>Clause text: select the words a note is about</source>
        <translation>Texte de la clause : sélectionnez les mots visés par une note</translation>
    </message>
    <message>
        <source>Select words, then Ctrl+Shift+M to write a note on them; Escape closes</source>
        <translation>Sélectionnez des mots, puis Ctrl+Shift+M pour les annoter ; Échap pour fermer</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <source>Unchanged</source>
        <translation>Inchangées</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutées</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimées</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacées</translation>
    </message>
    <message>
        <source>Renumbered</source>
        <translation>Renumérotées</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Scindées</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionnées</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>En parallèle</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Older draft</source>
        <extracomment>the team&apos;s notes shown on a cell (the gutter: all of the row&apos;s), a list of Annotations the ``folds.Fold`` a folded row stands for (&quot;N unchanged clauses&quot;), else None</extracomment>
        <translation>Projet antérieur</translation>
    </message>
    <message>
        <source>Newer draft</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>where the moved clause stood in the older draft</source>
        <translation>emplacement de la clause déplacée dans le projet antérieur</translation>
    </message>
</context>
<context>
    <name>EngineWords</name>
    <message>
        <source>in English</source>
        <translation>dans la version anglaise</translation>
    </message>
    <message>
        <source>in French</source>
        <translation>dans la version française</translation>
    </message>
    <message>
        <source>in Spanish</source>
        <translation>dans la version espagnole</translation>
    </message>
    <message>
        <source>in German</source>
        <translation>dans la version allemande</translation>
    </message>
    <message>
        <source>in Italian</source>
        <translation>dans la version italienne</translation>
    </message>
    <message>
        <source>in Dutch</source>
        <translation>dans la version néerlandaise</translation>
    </message>
    <message>
        <source>in Portuguese</source>
        <translation>dans la version portugaise</translation>
    </message>
    <message>
        <source>in Russian</source>
        <translation>dans la version russe</translation>
    </message>
    <message>
        <source>in Ukrainian</source>
        <translation>dans la version ukrainienne</translation>
    </message>
    <message>
        <source>in Greek</source>
        <translation>dans la version grecque</translation>
    </message>
    <message>
        <source>in Arabic</source>
        <translation>dans la version arabe</translation>
    </message>
    <message>
        <source>in Chinese</source>
        <translation>dans la version chinoise</translation>
    </message>
    <message>
        <source>in the version in {language}</source>
        <translation>dans la version en {language}</translation>
    </message>
    <message>
        <source>{numbers} {in_language} only</source>
        <translation>{numbers} uniquement {in_language}</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the two versions&apos; numbers</comment>
        <translation> ; </translation>
    </message>
    <message>
        <source>numbers differ: {details}</source>
        <translation>nombres divergents : {details}</translation>
    </message>
    <message>
        <source>cites {left_articles} {in_left}, {right_articles} {in_right}</source>
        <translation>renvois : {left_articles} {in_left}, {right_articles} {in_right}</translation>
    </message>
    <message>
        <source>{left_count} {in_left}, {right_count} {in_right}</source>
        <translation>{left_count} {in_left}, {right_count} {in_right}</translation>
    </message>
    <message>
        <source>{in_present} only, not {in_absent}</source>
        <translation>{in_present} seulement, pas {in_absent}</translation>
    </message>
    <message>
        <source>no article</source>
        <translation>aucun article</translation>
    </message>
    <message>
        <source>Article {number}</source>
        <translation>article {number}</translation>
    </message>
    <message>
        <source>Articles {numbers}</source>
        <translation>articles {numbers}</translation>
    </message>
    <message>
        <source>cites Article {cited}, which the newer draft removed: check the cross-reference</source>
        <translation>cite l&apos;article {cited}, supprimé dans le nouveau projet : vérifier le renvoi</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>cites paragraph {cited}, but the old paragraph {cited} is now paragraph {numbers}: check the cross-reference</source>
        <translation>cite le paragraphe {cited}, mais l&apos;ancien paragraphe {cited} est désormais le paragraphe {numbers} : vérifier le renvoi</translation>
    </message>
    <message>
        <source>cites Article {cited}, but the old Article {cited} is now Article {numbers}: check the cross-reference</source>
        <translation>cite l&apos;article {cited}, mais l&apos;ancien article {cited} est désormais l&apos;article {numbers} : vérifier le renvoi</translation>
    </message>
    <message>
        <source>alternative chosen: {words}</source>
        <extracomment>The notes of flags (``core.result.FLAG_NOTES``, by key): &quot;{words}&quot; are the words of the drafts, &quot;{was}&quot; a cross-reference&apos;s older words.</extracomment>
        <translation>variante retenue : {words}</translation>
    </message>
    <message>
        <source>brackets removed (agreed): {words}</source>
        <translation>crochets supprimés (accord) : {words}</translation>
    </message>
    <message>
        <source>alternative dropped: {words}</source>
        <translation>variante supprimée : {words}</translation>
    </message>
    <message>
        <source>alternative added: {words}</source>
        <translation>variante ajoutée : {words}</translation>
    </message>
    <message>
        <source>bracketed text removed</source>
        <translation>texte entre crochets supprimé</translation>
    </message>
    <message>
        <source>bracketed text replaced: {words}</source>
        <translation>texte entre crochets remplacé : {words}</translation>
    </message>
    <message>
        <source>brackets opened: {words}</source>
        <translation>crochets ouverts : {words}</translation>
    </message>
    <message>
        <source>alternatives reordered</source>
        <translation>variantes réordonnées</translation>
    </message>
    <message>
        <source>bracketed text changed</source>
        <translation>texte entre crochets modifié</translation>
    </message>
    <message>
        <source>cross-reference now cites {words}</source>
        <translation>le renvoi vise désormais {words}</translation>
    </message>
    <message>
        <source>cross-reference now cites {words} (was {was})</source>
        <translation>le renvoi vise désormais {words} (auparavant {was})</translation>
    </message>
    <message>
        <source>cross-reference removed: {words}</source>
        <translation>renvoi supprimé : {words}</translation>
    </message>
    <message>
        <source>placeholder filled in: {words}</source>
        <translation>espace réservé complété : {words}</translation>
    </message>
    <message>
        <source>placeholder filled in by footnote {words}</source>
        <translation>espace réservé complété par la note {words}</translation>
    </message>
    <message>
        <source>placeholder removed: {words}</source>
        <translation>espace réservé supprimé : {words}</translation>
    </message>
    <message>
        <source>placeholder added: {words}</source>
        <translation>espace réservé ajouté : {words}</translation>
    </message>
    <message>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <source>{kind}: {words}</source>
        <translation>{kind} : {words}</translation>
    </message>
    <message>
        <source>language version ({language})</source>
        <translation>version linguistique ({language})</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>split into {citations}</source>
        <translation>scindée en {citations}</translation>
    </message>
    <message>
        <source>merged into {citation}</source>
        <translation>fusionnée dans {citation}</translation>
    </message>
    <message>
        <source>renumbered to {citation}</source>
        <translation>renumérotée en {citation}</translation>
    </message>
    <message>
        <source>{citations} removed</source>
        <translation>suppression de {citations}</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déplacée</translation>
    </message>
    <message>
        <source>{change} ({details})</source>
        <translation>{change} ({details})</translation>
    </message>
    <message>
        <source>unchanged throughout</source>
        <translation>inchangée dans tous les projets</translation>
    </message>
    <message>
        <source>{change} in {draft}</source>
        <translation>{change} dans {draft}</translation>
    </message>
    <message>
        <source>unchanged since</source>
        <translation>inchangée depuis</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the events of a story</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>{provision}: {story}</source>
        <translation>{provision} : {story}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>PDF briefing</source>
        <extracomment>(format, label, suffix, save-dialog filter)</extracomment>
        <translation>Note d&apos;information PDF</translation>
    </message>
    <message>
        <source>Word briefing</source>
        <translation>Note d&apos;information Word</translation>
    </message>
    <message>
        <source>Word, newer draft with tracked changes</source>
        <translation>Word, nouveau projet avec suivi des modifications</translation>
    </message>
    <message>
        <source>Export briefing</source>
        <translation>Exporter la note d&apos;information</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Briefing</source>
        <extracomment>Jobs still running; kept here so that a job (and its signals) outlives a closed dialog.</extracomment>
        <translation>Exporter la note d&apos;information</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>The briefing&apos;s headings and labels; the drafts&apos; text is printed as it is</source>
        <translation>Les titres et libellés de la note ; le texte des projets est reproduit tel quel</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Clauses</translation>
    </message>
    <message>
        <source>&amp;Changed only</source>
        <translation>&amp;Modifiées seulement</translation>
    </message>
    <message>
        <source>A&amp;ll clauses</source>
        <translation>&amp;Toutes les clauses</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Open notes</source>
        <translation>Notes ouvertes</translation>
    </message>
    <message>
        <source>Resolved notes</source>
        <translation>Notes résolues</translation>
    </message>
    <message>
        <source>Only clauses with notes</source>
        <translation>Seulement les clauses annotées</translation>
    </message>
    <message>
        <source>Notes (none on this comparison)</source>
        <translation>Notes (aucune sur cette comparaison)</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Préparation de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>Preview of the first page</source>
        <translation>Aperçu de la première page</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>These are two language versions: a tracked-changes file would delete every word of one and insert every word of the other. The briefings (PDF or Word) list what the versions do not agree on.</source>
        <translation>Ce sont deux versions linguistiques : un fichier avec suivi des modifications supprimerait chaque mot de l&apos;une et insérerait chaque mot de l&apos;autre. Les notes d&apos;information (PDF ou Word) indiquent les points sur lesquels les versions divergent.</translation>
    </message>
    <message>
        <source>Choose at least one kind of change.</source>
        <translation>Choisissez au moins un type de modification.</translation>
    </message>
    <message>
        <source>No preview: {message}</source>
        <translation>Pas d&apos;aperçu : {message}</translation>
    </message>
</context>
<context>
    <name>ExportStrip</name>
    <message>
        <source>cannot write {name} ({reason}): check the disk space and that the file is not open elsewhere</source>
        <translation>impossible d&apos;écrire {name} ({reason}) : vérifiez l&apos;espace disque et que le fichier n&apos;est pas ouvert ailleurs</translation>
    </message>
    <message>
        <source>Exporting {name}…</source>
        <translation>Exportation de {name}…</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;exportation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the export; no file is written</source>
        <translation>Arrêter l&apos;exportation ; aucun fichier n&apos;est écrit</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in the drafts (Ctrl+F)</source>
        <translation>Rechercher dans les projets (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>Texte à rechercher</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Rechercher dans</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Occurrence précédente (Maj+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Occurrence suivante (F3)</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Résultat de la recherche</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Provision</source>
        <extracomment>How much of a provision&apos;s text a cell shows (the detail below shows it whole).</extracomment>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>as first seen</source>
        <translation>telle qu&apos;apparue la première fois</translation>
    </message>
    <message>
        <source>not in this draft</source>
        <translation>absente de ce projet</translation>
    </message>
    <message>
        <source>{changes} in {draft}</source>
        <translation>{changes} dans {draft}</translation>
    </message>
    <message>
        <source>on {citation} in {draft}</source>
        <translation>sur {citation} dans {draft}</translation>
    </message>
    <message>
        <source>on {citation}</source>
        <translation>sur {citation}</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>The history table is being written already</source>
        <translation>Le tableau de l&apos;historique est déjà en cours d&apos;écriture</translation>
    </message>
    <message>
        <source>Cannot export the history table</source>
        <translation>Impossible d&apos;exporter le tableau de l&apos;historique</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Exportation annulée</translation>
    </message>
    <message>
        <source>History table written: {name}</source>
        <translation>Tableau de l&apos;historique écrit : {name}</translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <source>Word table</source>
        <extracomment>(format, label, suffix, save-dialog filter)</extracomment>
        <translation>Tableau Word</translation>
    </message>
    <message>
        <source>PDF table</source>
        <translation>Tableau PDF</translation>
    </message>
    <message>
        <source>Export history table</source>
        <translation>Exporter le tableau de l&apos;historique</translation>
    </message>
</context>
<context>
    <name>HistoryExportDialog</name>
    <message>
        <source>Export History Table</source>
        <translation>Exporter le tableau de l&apos;historique</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>The table&apos;s headings and the provisions&apos; stories; the drafts&apos; text is printed as it is</source>
        <translation>Les en-têtes du tableau et l&apos;historique de chaque disposition ; le texte des projets est reproduit tel quel</translation>
    </message>
    <message>
        <source>Every &amp;provision</source>
        <translation>&amp;Toutes les dispositions</translation>
    </message>
    <message>
        <source>&amp;Changed provisions only</source>
        <translation>Dispositions &amp;modifiées seulement</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Lignes :</translation>
    </message>
    <message numerus="yes">
        <source>One row per provision and one column per draft (%n draft(s)), the changes from the column before marked, and a Notes column with the team&apos;s notes.</source>
        <translation>
            <numerusform>Une ligne par disposition et une colonne par projet (%n projet), les modifications par rapport à la colonne précédente marquées, et une colonne Notes avec les notes de l&apos;équipe.</numerusform>
            <numerusform>Une ligne par disposition et une colonne par projet (%n projets), les modifications par rapport à la colonne précédente marquées, et une colonne Notes avec les notes de l&apos;équipe.</numerusform>
        </translation>
    </message>
    <message>
        <source>The series holds {drafts} drafts; a table takes at most {most}: remove the ones that matter least (File &gt; Drafts of This Negotiation).</source>
        <translation>La série compte {drafts} projets ; un tableau en accepte au plus {most} : retirez les moins importants (Fichier &gt; Projets de cette négociation).</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Negotiation History</source>
        <translation>Historique de la négociation</translation>
    </message>
    <message>
        <source>Provisions across the drafts</source>
        <translation>Dispositions à travers les projets</translation>
    </message>
    <message>
        <source>The provision through the drafts</source>
        <translation>La disposition d&apos;un projet à l&apos;autre</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Build the history again from the workspace&apos;s drafts</source>
        <translation>Reconstruire l&apos;historique à partir des projets de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>&amp;Drafts…</source>
        <translation>&amp;Projets…</translation>
    </message>
    <message>
        <source>The drafts of this negotiation: add, rename, reorder, remove, compare two</source>
        <translation>Les projets de cette négociation : ajouter, renommer, réordonner, retirer, en comparer deux</translation>
    </message>
    <message>
        <source>&amp;Export Table…</source>
        <translation>&amp;Exporter le tableau…</translation>
    </message>
    <message>
        <source>Write the table, one column per draft, as Word or PDF</source>
        <translation>Écrire le tableau, une colonne par projet, en Word ou PDF</translation>
    </message>
    <message>
        <source>&amp;Changed provisions only</source>
        <translation>Dispositions &amp;modifiées seulement</translation>
    </message>
    <message>
        <source>What the history shows</source>
        <translation>Ce que montre l&apos;historique</translation>
    </message>
    <message numerus="yes">
        <source>Following the provisions through %n draft(s)…</source>
        <translation>
            <numerusform>Suivi des dispositions à travers %n projet…</numerusform>
            <numerusform>Suivi des dispositions à travers %n projets…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message numerus="yes">
        <source>%n provision(s)</source>
        <translation>
            <numerusform>%n disposition</numerusform>
            <numerusform>%n dispositions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modifiée</numerusform>
            <numerusform>%n modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be built: {message}</source>
        <translation>L&apos;historique n&apos;a pas pu être établi : {message}</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>Word documents</source>
        <extracomment>The file dialog&apos;s filter: every format the readers take, then each on its own.</extracomment>
        <translation>Documents Word</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>Texte OpenDocument</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>Web pages</source>
        <translation>Pages web</translation>
    </message>
    <message>
        <source>Rich text</source>
        <translation>Texte enrichi</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>Older draft</source>
        <translation>Projet antérieur</translation>
    </message>
    <message>
        <source>Newer draft</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System Language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>espagnol</translation>
    </message>
    <message>
        <source>German</source>
        <translation>allemand</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italien</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>néerlandais</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>portugais</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>russe</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ukrainien</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>grec</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>chinois</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Comparison of the two drafts</source>
        <translation>Comparaison des deux projets</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>&amp;Navigateur</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l&apos;instant)</translation>
    </message>
    <message>
        <source>Clear Recent</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>Interface &amp;Language (on restart)</source>
        <translation>&amp;Langue de l&apos;interface (au redémarrage)</translation>
    </message>
    <message>
        <source>The interface&apos;s language from the next start</source>
        <translation>La langue de l&apos;interface au prochain démarrage</translation>
    </message>
    <message>
        <source>Interface language: {language}. It applies from the next start of Clausewise.</source>
        <translation>Langue de l&apos;interface : {language}. Elle s&apos;appliquera au prochain démarrage de Clausewise.</translation>
    </message>
    <message>
        <source>Counts of changes</source>
        <translation>Nombre de modifications</translation>
    </message>
    <message>
        <source>Comparison progress</source>
        <translation>Progression de la comparaison</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Open the older draft</source>
        <translation>Ouvrir le projet antérieur</translation>
    </message>
    <message>
        <source>Open the newer draft</source>
        <translation>Ouvrir le nouveau projet</translation>
    </message>
    <message>
        <source>Cannot paste the draft</source>
        <translation>Impossible de coller le projet</translation>
    </message>
    <message>
        <source>Pasted text kept as {name}</source>
        <translation>Texte collé conservé sous {name}</translation>
    </message>
    <message>
        <source>Comparison cancelled</source>
        <translation>Comparaison annulée</translation>
    </message>
    <message>
        <source>{name} could not be read: choose another older draft (File &gt; Open Older Draft)</source>
        <translation>Impossible de lire {name} : choisissez un autre projet antérieur (Fichier &gt; Ouvrir le projet antérieur)</translation>
    </message>
    <message>
        <source>{name} could not be read: choose another newer draft (File &gt; Open Newer Draft)</source>
        <translation>Impossible de lire {name} : choisissez un autre nouveau projet (Fichier &gt; Ouvrir le nouveau projet)</translation>
    </message>
    <message>
        <source>Older draft</source>
        <translation>Projet antérieur</translation>
    </message>
    <message>
        <source>Newer draft</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>{language} version</source>
        <translation>Version ({language})</translation>
    </message>
    <message>
        <source>Parallel reading: {languages}</source>
        <translation>Lecture parallèle : {languages}</translation>
    </message>
    <message numerus="yes">
        <source>%n paired</source>
        <translation>
            <numerusform>%n appariée</numerusform>
            <numerusform>%n appariées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mismatch(es)</source>
        <translation>
            <numerusform>%n divergence</numerusform>
            <numerusform>%n divergences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n modified</source>
        <translation>
            <numerusform>%n modifiée</numerusform>
            <numerusform>%n modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n ajoutée</numerusform>
            <numerusform>%n ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n supprimée</numerusform>
            <numerusform>%n supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n split</source>
        <translation>
            <numerusform>%n scindée</numerusform>
            <numerusform>%n scindées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged</source>
        <translation>
            <numerusform>%n fusionnée</numerusform>
            <numerusform>%n fusionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n déplacée</numerusform>
            <numerusform>%n déplacées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renumbered</source>
        <translation>
            <numerusform>%n renumérotée</numerusform>
            <numerusform>%n renumérotées</numerusform>
        </translation>
    </message>
    <message>
        <source>No more changes in this direction</source>
        <translation>Plus de modifications dans ce sens</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>{position} of {total}</source>
        <translation>{position} sur {total}</translation>
    </message>
    <message>
        <source>Select one clause on each side (Ctrl+click), then link them</source>
        <translation>Sélectionnez une clause de chaque côté (Ctrl+clic), puis liez-les</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Exportation impossible</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Exportation annulée</translation>
    </message>
    <message>
        <source>Briefing written: {name}</source>
        <translation>Note d&apos;information écrite : {name}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Older Draft…</source>
        <translation>Ouvrir le projet &amp;antérieur…</translation>
    </message>
    <message>
        <source>Open the older draft (shown left)</source>
        <translation>Ouvrir le projet antérieur (affiché à gauche)</translation>
    </message>
    <message>
        <source>Open &amp;Newer Draft…</source>
        <translation>Ouvrir le &amp;nouveau projet…</translation>
    </message>
    <message>
        <source>Open the newer draft (shown right)</source>
        <translation>Ouvrir le nouveau projet (affiché à droite)</translation>
    </message>
    <message>
        <source>Paste Older Draft from Clipboard</source>
        <translation>Coller le projet antérieur depuis le presse-papiers</translation>
    </message>
    <message>
        <source>Use the text on the clipboard as the older draft</source>
        <translation>Utiliser le texte du presse-papiers comme projet antérieur</translation>
    </message>
    <message>
        <source>&amp;Paste Newer Draft from Clipboard</source>
        <translation>&amp;Coller le nouveau projet depuis le presse-papiers</translation>
    </message>
    <message>
        <source>Use the text on the clipboard as the newer draft</source>
        <translation>Utiliser le texte du presse-papiers comme nouveau projet</translation>
    </message>
    <message>
        <source>New &amp;Workspace…</source>
        <translation>Nouvel &amp;espace de travail…</translation>
    </message>
    <message>
        <source>Start a workspace file that keeps drafts, links and notes together</source>
        <translation>Créer un fichier d&apos;espace de travail qui réunit projets, liens et notes</translation>
    </message>
    <message>
        <source>Open Wor&amp;kspace…</source>
        <translation>Ouvrir un espace de &amp;travail…</translation>
    </message>
    <message>
        <source>Open a .clausewise workspace</source>
        <translation>Ouvrir un espace de travail .clausewise</translation>
    </message>
    <message>
        <source>Save Workspace &amp;As…</source>
        <translation>Enregistrer l&apos;espace de travail &amp;sous…</translation>
    </message>
    <message>
        <source>Copy the workspace to a new file and carry on there</source>
        <translation>Copier l&apos;espace de travail dans un nouveau fichier et continuer dans celui-ci</translation>
    </message>
    <message>
        <source>A&amp;dd Newer Draft…</source>
        <translation>A&amp;jouter un nouveau projet…</translation>
    </message>
    <message>
        <source>Compare the newest draft with a newer one; the notes follow their clauses</source>
        <translation>Comparer le dernier projet à un plus récent ; les notes suivent leurs clauses</translation>
    </message>
    <message>
        <source>Drafts of This &amp;Negotiation…</source>
        <translation>Projets de cette &amp;négociation…</translation>
    </message>
    <message>
        <source>The workspace&apos;s drafts in order: add, rename, reorder, remove, compare two</source>
        <translation>Les projets de l&apos;espace de travail dans l&apos;ordre : ajouter, renommer, réordonner, retirer, en comparer deux</translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation>&amp;Importer des annotations…</translation>
    </message>
    <message>
        <source>Merge notes shared as a JSON file</source>
        <translation>Fusionner les notes partagées dans un fichier JSON</translation>
    </message>
    <message>
        <source>Export Annotations…</source>
        <translation>Exporter les annotations…</translation>
    </message>
    <message>
        <source>Write the workspace&apos;s notes to a JSON file to share</source>
        <translation>Écrire les notes de l&apos;espace de travail dans un fichier JSON à partager</translation>
    </message>
    <message>
        <source>&amp;Swap Drafts</source>
        <translation>&amp;Intervertir les projets</translation>
    </message>
    <message>
        <source>Show the newer draft left and the older right</source>
        <translation>Afficher le nouveau projet à gauche et l&apos;antérieur à droite</translation>
    </message>
    <message>
        <source>&amp;Export Briefing…</source>
        <translation>&amp;Exporter la note d&apos;information…</translation>
    </message>
    <message>
        <source>Write a PDF or Word briefing of the changes</source>
        <translation>Écrire une note d&apos;information sur les modifications en PDF ou Word</translation>
    </message>
    <message>
        <source>Export &amp;History Table…</source>
        <translation>Exporter le tableau de l&apos;&amp;historique…</translation>
    </message>
    <message>
        <source>Write the table of the series, one column per draft, as Word or PDF</source>
        <translation>Écrire le tableau de la série, une colonne par projet, en Word ou PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the comparison as shown: both drafts side by side, changes marked</source>
        <translation>Imprimer la comparaison telle qu&apos;affichée : les deux projets côte à côte, modifications marquées</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>See the printed pages of the comparison before printing</source>
        <translation>Voir les pages imprimées de la comparaison avant l&apos;impression</translation>
    </message>
    <message>
        <source>Print &amp;Briefing…</source>
        <translation>Imprimer la &amp;note d&apos;information…</translation>
    </message>
    <message>
        <source>Print the PDF briefing that Export Briefing would write</source>
        <translation>Imprimer la note d&apos;information PDF qu&apos;écrirait Exporter la note d&apos;information</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>Add &amp;Note</source>
        <translation>Ajouter une &amp;note</translation>
    </message>
    <message>
        <source>Write a note on the current pair</source>
        <translation>Écrire une note sur la paire courante</translation>
    </message>
    <message>
        <source>Add Note on &amp;Text…</source>
        <translation>Note sur le &amp;texte…</translation>
    </message>
    <message>
        <source>Write a note on words of the current clause</source>
        <translation>Écrire une note sur des mots de la clause courante</translation>
    </message>
    <message>
        <source>&amp;Edit Note…</source>
        <translation>&amp;Modifier la note…</translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation>&amp;Supprimer la note</translation>
    </message>
    <message>
        <source>&amp;Mark Note Resolved</source>
        <translation>Marquer la note &amp;résolue</translation>
    </message>
    <message>
        <source>Annotation &amp;Tags…</source>
        <translation>É&amp;tiquettes des annotations…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Link Selected Clauses</source>
        <translation>&amp;Lier les clauses sélectionnées</translation>
    </message>
    <message>
        <source>Pair the clause selected on the left with the one selected on the right</source>
        <translation>Apparier la clause sélectionnée à gauche avec celle sélectionnée à droite</translation>
    </message>
    <message>
        <source>&amp;Unlink Pair</source>
        <translation>&amp;Délier la paire</translation>
    </message>
    <message>
        <source>Tell the comparison that these two clauses are not the same clause</source>
        <translation>Indiquer à la comparaison que ces deux clauses ne sont pas la même clause</translation>
    </message>
    <message>
        <source>&amp;Clear Manual Links</source>
        <translation>&amp;Effacer les liens manuels</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Negotiation &amp;History…</source>
        <translation>&amp;Historique de la négociation…</translation>
    </message>
    <message>
        <source>Every provision through the drafts of this negotiation</source>
        <translation>Chaque disposition à travers les projets de cette négociation</translation>
    </message>
    <message>
        <source>&amp;Changed Clauses Only</source>
        <translation>Clauses &amp;modifiées seulement</translation>
    </message>
    <message>
        <source>Outline and comparison: fold away the clauses that did not change</source>
        <translation>Plan et comparaison : replier les clauses qui n&apos;ont pas changé</translation>
    </message>
    <message>
        <source>&amp;Dark Palette</source>
        <translation>Palette &amp;sombre</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>Taille de texte &amp;normale</translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <source>&amp;Next Change</source>
        <translation>Modification &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous Change</source>
        <translation>Modification &amp;précédente</translation>
    </message>
    <message>
        <source>Go to Where It &amp;Moved From / To</source>
        <translation>Aller à l&apos;emplacement &amp;d&apos;origine / de destination</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>&amp;Options</translation>
    </message>
    <message>
        <source>Ignore &amp;Case</source>
        <translation>Ignorer la &amp;casse</translation>
    </message>
    <message>
        <source>Ignore &amp;Punctuation</source>
        <translation>Ignorer la &amp;ponctuation</translation>
    </message>
    <message>
        <source>Ignore &amp;Whitespace</source>
        <translation>Ignorer les &amp;espaces</translation>
    </message>
    <message>
        <source>&amp;Compare Again</source>
        <translation>&amp;Comparer à nouveau</translation>
    </message>
    <message>
        <source>C&amp;ancel Comparison</source>
        <translation>&amp;Annuler la comparaison</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Clausewise</source>
        <translation>À &amp;propos de Clausewise</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Modified</source>
        <extracomment>The counts shown, in this order: (Stats field, label, mark).</extracomment>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutées</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimées</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Scindées</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionnées</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacées</translation>
    </message>
    <message>
        <source>Renumbered</source>
        <translation>Renumérotées</translation>
    </message>
    <message>
        <source>Both drafts</source>
        <translation>Les deux projets</translation>
    </message>
    <message>
        <source>Older draft</source>
        <translation>Projet antérieur</translation>
    </message>
    <message>
        <source>Newer draft</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>recitals</source>
        <extracomment>The levels named by kind (``describe.level_name``), as the navigator&apos;s counts show them.</extracomment>
        <translation>considérants</translation>
    </message>
    <message>
        <source>paragraphs</source>
        <translation>paragraphes</translation>
    </message>
    <message>
        <source>points</source>
        <translation>alinéas</translation>
    </message>
    <message>
        <source>annexes</source>
        <translation>annexes</translation>
    </message>
    <message>
        <source>protocols</source>
        <translation>protocoles</translation>
    </message>
    <message>
        <source>appendices</source>
        <translation>appendices</translation>
    </message>
    <message>
        <source>unnumbered paragraphs</source>
        <translation>paragraphes non numérotés</translation>
    </message>
    <message>
        <source>Articles</source>
        <extracomment>Top-level units as ``describe.LevelCount.name`` says them in English, shown in the interface&apos;s language (&quot;Статьи&quot;, whichever language the drafts are in); a unit word not listed here stays the older draft&apos;s own.</extracomment>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Regulations</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>Principes</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Annexes</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Paragraphes</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Normes</translation>
    </message>
    <message>
        <source>Guidelines</source>
        <translation>Lignes directrices</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Clauses</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Substantive changes</source>
        <translation>Modifications de fond</translation>
    </message>
    <message>
        <source>Strength of obligation</source>
        <translation>Force de l&apos;obligation</translation>
    </message>
    <message>
        <source>Negation</source>
        <translation>Négation</translation>
    </message>
    <message>
        <source>Numbers, dates and periods</source>
        <translation>Nombres, dates et délais</translation>
    </message>
    <message>
        <source>Cross-references</source>
        <translation>Renvois</translation>
    </message>
    <message>
        <source>Parties and actors</source>
        <translation>Parties et acteurs</translation>
    </message>
    <message>
        <source>Brackets and alternatives</source>
        <translation>Crochets et variantes</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Textes à compléter</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>modifiés</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutés</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimés</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>déplacés</translation>
    </message>
    <message>
        <source>renumbered</source>
        <translation>renumérotés</translation>
    </message>
    <message>
        <source>split</source>
        <translation>scindés</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionnés</translation>
    </message>
    <message>
        <source>modified in their paragraphs</source>
        <translation>modifiés dans leurs paragraphes</translation>
    </message>
    <message>
        <source>(were {numbers})</source>
        <translation>(auparavant {numbers})</translation>
    </message>
    <message>
        <source> (older draft)</source>
        <translation> (projet antérieur)</translation>
    </message>
    <message>
        <source> (text)</source>
        <translation> (texte)</translation>
    </message>
    <message>
        <source>Changes per level</source>
        <translation>Modifications par niveau</translation>
    </message>
    <message>
        <source>&amp;Changed clauses only</source>
        <translation>Clauses &amp;modifiées seulement</translation>
    </message>
    <message>
        <source>&amp;Substantive changes only</source>
        <translation>Modifications de &amp;fond seulement</translation>
    </message>
    <message>
        <source>Only the clauses whose obligations, numbers, parties, references, brackets or placeholders changed</source>
        <translation>Seules les clauses dont les obligations, nombres, parties, renvois, crochets ou textes à compléter ont changé</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Clause outline</source>
        <translation>Plan des clauses</translation>
    </message>
    <message>
        <source>Neighbouring units changed alike</source>
        <translation>Unités voisines modifiées de la même façon</translation>
    </message>
    <message>
        <source>Changes of obligation, negation, numbers, references, parties, brackets and placeholders</source>
        <translation>Modifications d&apos;obligation, de négation, de nombres, de renvois, de parties, de crochets et de textes à compléter</translation>
    </message>
    <message>
        <source>A change of more than 30 words: not read word by word for substantive changes. Read its diff.</source>
        <translation>Une modification de plus de 30 mots : non lue mot à mot pour les modifications de fond. Lisez ses différences.</translation>
    </message>
    <message>
        <source>Long rewrites, not read ({count})</source>
        <translation>Longues réécritures, non lues ({count})</translation>
    </message>
    <message>
        <source>{citation}: long rewrite</source>
        <translation>{citation} : longue réécriture</translation>
    </message>
    <message>
        <source>{name} 0 changed of {total}</source>
        <translation>{name} ({total}) : aucun changement</translation>
    </message>
    <message numerus="yes">
        <source>{name} %n changed of {total}</source>
        <translation>
            <numerusform>{name} ({total}) : %n a changé</numerusform>
            <numerusform>{name} ({total}) : %n ont changé</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>The words the note is about</source>
        <translation>Les mots visés par la note</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>É&amp;tiquette :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur :</translation>
    </message>
    <message>
        <source>Write a note first.</source>
        <translation>Écrivez d&apos;abord une note.</translation>
    </message>
</context>
<context>
    <name>PaperRows</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation>&amp;Marquage :</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Établi par</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur :</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientation :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n unchanged clause(s)  (click or press Enter to show)</source>
        <translation>
            <numerusform>%n clause inchangée  (cliquez ou appuyez sur Entrée pour l&apos;afficher)</numerusform>
            <numerusform>%n clauses inchangées  (cliquez ou appuyez sur Entrée pour les afficher)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged clause(s) not printed (changed clauses only)</source>
        <translation>
            <numerusform>%n clause inchangée non imprimée (clauses modifiées seulement)</numerusform>
            <numerusform>%n clauses inchangées non imprimées (clauses modifiées seulement)</numerusform>
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
            <numerusform>%n page imprimée</numerusform>
            <numerusform>%n pages imprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Briefing printed: %n page(s)</source>
        <translation>
            <numerusform>Note d&apos;information imprimée : %n page</numerusform>
            <numerusform>Note d&apos;information imprimée : %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) carried forward</source>
        <translation>
            <numerusform>%n note reportée</numerusform>
            <numerusform>%n notes reportées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) review</source>
        <translation>
            <numerusform>%n à revoir</numerusform>
            <numerusform>%n à revoir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n paragraphe</numerusform>
            <numerusform>%n paragraphes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n alinéa</numerusform>
            <numerusform>%n alinéas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) written to {name}</source>
        <translation>
            <numerusform>%n note écrite dans {name}</numerusform>
            <numerusform>%n notes écrites dans {name}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Compare two drafts first: there is nothing to print</source>
        <translation>Comparez d&apos;abord deux projets : il n&apos;y a rien à imprimer</translation>
    </message>
    <message>
        <source>Print Comparison</source>
        <translation>Imprimer la comparaison</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Impression impossible</translation>
    </message>
    <message>
        <source>Cannot print: {reason}</source>
        <translation>Impression impossible : {reason}</translation>
    </message>
    <message>
        <source>Print Briefing</source>
        <translation>Imprimer la note d&apos;information</translation>
    </message>
    <message>
        <source>Printing the briefing…</source>
        <translation>Impression de la note d&apos;information…</translation>
    </message>
    <message>
        <source>Cannot print the briefing</source>
        <translation>Impossible d&apos;imprimer la note d&apos;information</translation>
    </message>
    <message>
        <source>Cannot print the briefing: {reason}</source>
        <translation>Impossible d&apos;imprimer la note d&apos;information : {reason}</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>the page is too small to hold a line of text below its header: choose a larger paper size or smaller margins in the Print dialog</source>
        <extracomment>Sizes in points (1/72 inch); converted to the printer&apos;s pixels when painting. a row taller than what is left of a page starts there only if this many lines fit the briefing&apos;s pages are rendered at most this fine (a 1200 dpi A4 page would be 550 MB)</extracomment>
        <translation>la page est trop petite pour contenir une ligne de texte sous son en-tête : choisissez un format de papier plus grand ou des marges plus petites dans la boîte d&apos;impression</translation>
    </message>
    <message>
        <source>the printer refused a new page (is it out of paper, or the disk full?)</source>
        <translation>l&apos;imprimante a refusé une nouvelle page (plus de papier, ou disque plein ?)</translation>
    </message>
    <message>
        <source>Clausewise comparison</source>
        <translation>Comparaison Clausewise</translation>
    </message>
    <message>
        <source>changed clauses only</source>
        <translation>clauses modifiées seulement</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>Imprimé le {date}</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Page {number} sur {total}</translation>
    </message>
    <message>
        <source>cannot write {name}: check that its folder exists and is writable, and that the file is not open elsewhere</source>
        <translation>impossible d&apos;écrire {name} : vérifiez que son dossier existe et est accessible en écriture, et que le fichier n&apos;est pas ouvert ailleurs</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>l&apos;imprimante</translation>
    </message>
    <message>
        <source>{name} could not be started: check that it is connected and switched on, or choose another printer (or Print to File) in the Print dialog</source>
        <translation>{name} n&apos;a pas pu démarrer : vérifiez qu&apos;elle est branchée et allumée, ou choisissez une autre imprimante (ou l&apos;impression dans un fichier) dans la boîte d&apos;impression</translation>
    </message>
    <message>
        <source>the briefing has no pages</source>
        <translation>la note d&apos;information n&apos;a aucune page</translation>
    </message>
    <message>
        <source>the printer refused a new page</source>
        <translation>l&apos;imprimante a refusé une nouvelle page</translation>
    </message>
</context>
<context>
    <name>ReadingNotes</name>
    <message>
        <source>What could not be read faithfully from the drafts</source>
        <translation>Ce qui n&apos;a pas pu être lu fidèlement dans les projets</translation>
    </message>
    <message>
        <source>Reading notes</source>
        <translation>Remarques de lecture</translation>
    </message>
    <message numerus="yes">
        <source>%n reading note(s)</source>
        <translation>
            <numerusform>%n remarque de lecture</numerusform>
            <numerusform>%n remarques de lecture</numerusform>
        </translation>
    </message>
    <message>
        <source>What could not be read faithfully</source>
        <translation>Ce qui n&apos;a pas pu être lu fidèlement</translation>
    </message>
</context>
<context>
    <name>Rows</name>
    <message>
        <source>added</source>
        <extracomment>rows this cell covers: 1 normally, more for the single side of a split or merge, 0 for a cell covered by a spanning cell above it. the row this one is linked to: ghost &lt;-&gt; moved pair a stop for &quot;next change&quot;: the first row of a pair whose own row shows a change first row of this row&apos;s span group (itself unless it continues a split or merge) the drafts&apos; languages (``Comparison.languages``), for the words of a mismatch</extracomment>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>split into {citations}</source>
        <translation>scindée en {citations}</translation>
    </message>
    <message>
        <source>merged from {citations}</source>
        <translation>fusionnée à partir de {citations}</translation>
    </message>
    <message>
        <source>renumbered: {change}</source>
        <translation>renumérotée : {change}</translation>
    </message>
    <message>
        <source>stood here in the older draft; moved to {citation}</source>
        <translation>figurait ici dans le projet antérieur ; déplacée vers {citation}</translation>
    </message>
    <message>
        <source>moved: show where it stood</source>
        <translation>déplacée : afficher l&apos;ancien emplacement</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutées</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Affiché</translation>
    </message>
    <message>
        <source>Drafts of This Negotiation</source>
        <translation>Projets de cette négociation</translation>
    </message>
    <message>
        <source>The drafts of this negotiation, in order</source>
        <translation>Les projets de cette négociation, dans l&apos;ordre</translation>
    </message>
    <message>
        <source>&amp;Add Draft…</source>
        <translation>&amp;Ajouter un projet…</translation>
    </message>
    <message>
        <source>Read a draft file and add it at the end of the series</source>
        <translation>Lire un fichier de projet et l&apos;ajouter à la fin de la série</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>Give the draft a label, such as &quot;Chair&apos;s text&quot;</source>
        <translation>Donner un libellé au projet, par exemple « Texte du Président »</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Earlier in the series</source>
        <translation>Plus tôt dans la série</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Later in the series</source>
        <translation>Plus tard dans la série</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Take the draft out of the series (its notes stay)</source>
        <translation>Retirer le projet de la série (ses notes restent)</translation>
    </message>
    <message>
        <source>Older draft, shown left</source>
        <translation>Projet antérieur, affiché à gauche</translation>
    </message>
    <message>
        <source>Newer draft, shown right</source>
        <translation>Nouveau projet, affiché à droite</translation>
    </message>
    <message>
        <source>&amp;Older (left):</source>
        <translation>&amp;Antérieur (gauche) :</translation>
    </message>
    <message>
        <source>Ne&amp;wer (right):</source>
        <translation>&amp;Nouveau (droite) :</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>Compare these two drafts in the window</source>
        <translation>Comparer ces deux projets dans la fenêtre</translation>
    </message>
    <message>
        <source>No workspace is open: compare two drafts, or open a workspace (File &gt; Open Workspace), and its drafts are listed here.</source>
        <translation>Aucun espace de travail n&apos;est ouvert : comparez deux projets, ou ouvrez un espace de travail (Fichier &gt; Ouvrir un espace de travail), et ses projets sont listés ici.</translation>
    </message>
    <message>
        <source>It is read-only: nothing can be changed in it.</source>
        <translation>Il est en lecture seule : rien ne peut y être modifié.</translation>
    </message>
    <message>
        <source>The drafts kept in {name}, oldest first. The history follows every provision through them in this order.</source>
        <translation>Les projets conservés dans {name}, du plus ancien au plus récent. L&apos;historique suit chaque disposition à travers eux dans cet ordre.</translation>
    </message>
    <message>
        <source>left</source>
        <translation>à gauche</translation>
    </message>
    <message>
        <source>right</source>
        <translation>à droite</translation>
    </message>
    <message>
        <source>No label yet: Rename… to give one</source>
        <translation>Pas encore de libellé : Renommer… pour en donner un</translation>
    </message>
    <message>
        <source>the file is not where it was read: the workspace holds its text</source>
        <translation>le fichier n&apos;est plus là où il a été lu : l&apos;espace de travail conserve son texte</translation>
    </message>
    <message>
        <source>Rename the draft</source>
        <translation>Renommer le projet</translation>
    </message>
    <message>
        <source>Label for {name} (left empty, it is called D{number}):</source>
        <translation>Libellé de {name} (laissé vide, il s&apos;appelle D{number}) :</translation>
    </message>
    <message>
        <source>Add a draft to the series</source>
        <translation>Ajouter un projet à la série</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>{name} added to the series</source>
        <translation>{name} ajouté à la série</translation>
    </message>
    <message>
        <source>Cannot add the draft</source>
        <translation>Impossible d&apos;ajouter le projet</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <source>Acceptable</source>
        <translation>Acceptable</translation>
    </message>
    <message>
        <source>Needs legal review</source>
        <translation>Examen juridique nécessaire</translation>
    </message>
    <message>
        <source>Red line</source>
        <translation>Ligne rouge</translation>
    </message>
    <message>
        <source>Question for the other side</source>
        <translation>Question pour l&apos;autre partie</translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <source>Annotation Tags</source>
        <translation>Étiquettes des annotations</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Removing a tag keeps it on the notes that carry it.</source>
        <translation>Retirer une étiquette la laisse sur les notes qui la portent.</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message>
        <source>New tag:</source>
        <translation>Nouvelle étiquette :</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>Renommer l&apos;étiquette</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
</context>
<context>
    <name>ViewActions</name>
    <message>
        <source>This clause did not move: Ctrl+J jumps between a moved clause and where it stood</source>
        <extracomment>bump when the docks change so that an old saved layout is not applied to new docks</extracomment>
        <translation>Cette clause n&apos;a pas été déplacée : Ctrl+J passe d&apos;une clause déplacée à son ancien emplacement</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Cannot open the draft</source>
        <translation>Impossible d&apos;ouvrir le projet</translation>
    </message>
    <message>
        <source>Cannot compare the drafts</source>
        <translation>Impossible de comparer les projets</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Clausewise workspace</source>
        <translation>Espace de travail Clausewise</translation>
    </message>
    <message>
        <source>Shared annotations</source>
        <translation>Annotations partagées</translation>
    </message>
    <message>
        <source>Workspace in use</source>
        <translation>Espace de travail en cours d&apos;utilisation</translation>
    </message>
    <message>
        <source>Open a copy of it instead? Notes added to the copy stay in the copy.</source>
        <translation>Ouvrir plutôt une copie ? Les notes ajoutées à la copie restent dans la copie.</translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message>
        <source>Read-only workspace</source>
        <translation>Espace de travail en lecture seule</translation>
    </message>
    <message>
        <source>Save Workspace As…</source>
        <translation>Enregistrer l&apos;espace de travail sous…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name} is read-only.&lt;/b&gt; You can read its drafts and notes, but nothing you change can be kept in it. To add or change notes, use File &amp;gt; Save Workspace As and carry on in the copy.</source>
        <translation>&lt;b&gt;{name} est en lecture seule.&lt;/b&gt; Vous pouvez lire ses projets et ses notes, mais aucune modification ne peut y être conservée. Pour ajouter ou modifier des notes, utilisez Fichier &amp;gt; Enregistrer l&apos;espace de travail sous et continuez dans la copie.</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Compare two drafts first: there is nothing to save</source>
        <translation>Comparez d&apos;abord deux projets : il n&apos;y a rien à enregistrer</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>Enregistrer l&apos;espace de travail sous</translation>
    </message>
    <message>
        <source>Workspace saved as {name}; every change is saved as it is made</source>
        <translation>Espace de travail enregistré sous {name} ; chaque modification est enregistrée aussitôt</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{name} existe déjà dans {folder}. Le remplacer ?</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(lecture seule)</translation>
    </message>
    <message>
        <source>Compare two drafts first</source>
        <translation>Comparez d&apos;abord deux projets</translation>
    </message>
    <message>
        <source>Add Newer Draft</source>
        <translation>Ajouter un nouveau projet</translation>
    </message>
    <message>
        <source>No workspace is open: nothing to export</source>
        <translation>Aucun espace de travail n&apos;est ouvert : rien à exporter</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>Exporter les annotations</translation>
    </message>
    <message>
        <source>Cannot export the notes</source>
        <translation>Impossible d&apos;exporter les notes</translation>
    </message>
    <message>
        <source>Compare the drafts the notes are about first</source>
        <translation>Comparez d&apos;abord les projets visés par les notes</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Importer des annotations</translation>
    </message>
    <message>
        <source>Cannot import the notes</source>
        <translation>Impossible d&apos;importer les notes</translation>
    </message>
    <message>
        <source>Notes imported</source>
        <translation>Notes importées</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated, {skipped} already here.</source>
        <translation>{added} ajoutées, {updated} mises à jour, {skipped} déjà présentes.</translation>
    </message>
</context>
</TS>
