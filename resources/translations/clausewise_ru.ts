<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>About</name>
    <message>
        <source>Compares successive drafts of treaties clause by clause, fully offline.</source>
        <extracomment>the licence of each runtime dependency as its project states it (metadata is often vague)</extracomment>
        <translation>Сравнивает последовательные проекты договоров постатейно, полностью автономно.</translation>
    </message>
    <message>
        <source>Components bundled with the app:</source>
        <translation>Компоненты, входящие в состав приложения:</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Clausewise</source>
        <translation>О программе Clausewise</translation>
    </message>
    <message>
        <source>Versions and licences</source>
        <translation>Версии и лицензии</translation>
    </message>
</context>
<context>
    <name>AnnotationActions</name>
    <message>
        <source>Annotations</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Cannot undo or redo the change</source>
        <translation>Не удаётся отменить или повторить изменение</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Annotations</source>
        <translation>&amp;Примечания</translation>
    </message>
    <message>
        <source>Compare two drafts first: notes belong to a comparison</source>
        <translation>Сначала сравните два проекта: примечания относятся к сравнению</translation>
    </message>
    <message>
        <source>{name} is read-only: use File &gt; Save Workspace As to keep working on a copy, then add or change notes there</source>
        <translation>{name} открыт только для чтения: выберите «Файл &gt; Сохранить рабочую папку как», чтобы продолжить работу в копии, и добавляйте или изменяйте примечания там</translation>
    </message>
    <message>
        <source>Go to a clause first (click it), then add a note</source>
        <translation>Сначала перейдите к положению (щёлкните по нему), затем добавьте примечание</translation>
    </message>
    <message>
        <source>Add Note</source>
        <translation>Добавить примечание</translation>
    </message>
    <message>
        <source>Select the words the note is about in the clause, then press Ctrl+Shift+M again (Escape to stop)</source>
        <translation>Выделите в положении слова, к которым относится примечание, и снова нажмите Ctrl+Shift+M (Escape — отмена)</translation>
    </message>
    <message>
        <source>older draft</source>
        <translation>предыдущий проект</translation>
    </message>
    <message>
        <source>newer draft</source>
        <translation>новый проект</translation>
    </message>
    <message>
        <source>Add Note on Text</source>
        <translation>Примечание к тексту</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Изменить примечание</translation>
    </message>
    <message>
        <source>Not saved: {error}. Your note is still here, and a copy is in {kept}. Press OK to try again, or Cancel.</source>
        <translation>Не сохранено: {error}. Примечание осталось здесь, копия сохранена в {kept}. Нажмите OK, чтобы повторить попытку, или «Отмена».</translation>
    </message>
    <message>
        <source>Not saved: {error}. Your note is still here (no copy could be written either: copy the text somewhere safe). Press OK to try again, or Cancel.</source>
        <translation>Не сохранено: {error}. Примечание осталось здесь (копию записать тоже не удалось: сохраните текст в надёжном месте). Нажмите OK, чтобы повторить попытку, или «Отмена».</translation>
    </message>
    <message>
        <source>Compare two drafts or open a workspace first</source>
        <translation>Сначала сравните два проекта или откройте рабочую папку</translation>
    </message>
    <message>
        <source>Select a note in the Annotations list first</source>
        <translation>Сначала выберите примечание в списке «Примечания»</translation>
    </message>
    <message>
        <source>Cannot change the note</source>
        <translation>Не удаётся изменить примечание</translation>
    </message>
    <message>
        <source>{citation} is in neither draft shown; the note keeps the text it was written on</source>
        <translation>{citation} нет ни в одном из показанных проектов; примечание сохраняет текст, к которому оно было написано</translation>
    </message>
</context>
<context>
    <name>Annotations</name>
    <message>
        <source>Citation</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>open</source>
        <extracomment>A status (or &quot;needs review&quot;) as the window names it.</extracomment>
        <translation>открыто</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>решено</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>требует проверки</translation>
    </message>
    <message>
        <source>(no clause)</source>
        <translation>(нет положения)</translation>
    </message>
    <message>
        <source>(gone)</source>
        <translation>(исчезло)</translation>
    </message>
    <message>
        <source>(older)</source>
        <translation>(предыдущий)</translation>
    </message>
    <message>
        <source>(newer)</source>
        <translation>(новый)</translation>
    </message>
</context>
<context>
    <name>AnnotationsPanel</name>
    <message>
        <source>Filter by tag</source>
        <translation>Фильтр по метке</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <source>Filter by author</source>
        <translation>Фильтр по автору</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>On Text…</source>
        <translation>К тексту…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>Метки…</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Все метки</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>All authors</source>
        <translation>Все авторы</translation>
    </message>
    <message>
        <source>Add note on {citation}</source>
        <translation>Добавление примечания к {citation}</translation>
    </message>
    <message>
        <source>Edit note on {citation}</source>
        <translation>Изменение примечания к {citation}</translation>
    </message>
    <message>
        <source>Delete note on {citation}</source>
        <translation>Удаление примечания к {citation}</translation>
    </message>
    <message>
        <source>Mark note on {citation} {status}</source>
        <translation>Статус примечания к {citation}: {status}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>{name} is the newer draft: choose the older draft to compare it with (File &gt; Open Older Draft)</source>
        <extracomment>What Qt&apos;s offscreen platform says of every window it cannot size as a desktop would: true, harmless, and printed on each screenshot.</extracomment>
        <translation>{name} — новый проект: выберите предыдущий проект для сравнения («Файл &gt; Открыть предыдущий проект»)</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <source>{error}. Please report it with the drafts that caused it.</source>
        <translation>{error}. Сообщите о ней, приложив проекты, при работе с которыми она возникла.</translation>
    </message>
</context>
<context>
    <name>CellText</name>
    <message>
        <source>Clause text: select the words a note is about</source>
        <translation>Текст положения: выделите слова, к которым относится примечание</translation>
    </message>
    <message>
        <source>Select words, then Ctrl+Shift+M to write a note on them; Escape closes</source>
        <translation>Выделите слова и нажмите Ctrl+Shift+M, чтобы написать к ним примечание; Escape — закрыть</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Исключено</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Перемещено</translation>
    </message>
    <message>
        <source>Renumbered</source>
        <translation>Перенумеровано</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Разделено</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>Параллельно</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Older draft</source>
        <extracomment>the team&apos;s notes shown on a cell (the gutter: all of the row&apos;s), a list of Annotations the ``folds.Fold`` a folded row stands for (&quot;N unchanged clauses&quot;), else None</extracomment>
        <translation>Предыдущий проект</translation>
    </message>
    <message>
        <source>Newer draft</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <source>where the moved clause stood in the older draft</source>
        <translation>место перемещённого положения в предыдущем проекте</translation>
    </message>
</context>
<context>
    <name>EngineWords</name>
    <message>
        <source>in English</source>
        <translation>в английском тексте</translation>
    </message>
    <message>
        <source>in French</source>
        <translation>во французском тексте</translation>
    </message>
    <message>
        <source>in Spanish</source>
        <translation>в испанском тексте</translation>
    </message>
    <message>
        <source>in German</source>
        <translation>в немецком тексте</translation>
    </message>
    <message>
        <source>in Italian</source>
        <translation>в итальянском тексте</translation>
    </message>
    <message>
        <source>in Dutch</source>
        <translation>в нидерландском тексте</translation>
    </message>
    <message>
        <source>in Portuguese</source>
        <translation>в португальском тексте</translation>
    </message>
    <message>
        <source>in Russian</source>
        <translation>в русском тексте</translation>
    </message>
    <message>
        <source>in Ukrainian</source>
        <translation>в украинском тексте</translation>
    </message>
    <message>
        <source>in Greek</source>
        <translation>в греческом тексте</translation>
    </message>
    <message>
        <source>in Arabic</source>
        <translation>в арабском тексте</translation>
    </message>
    <message>
        <source>in Chinese</source>
        <translation>в китайском тексте</translation>
    </message>
    <message>
        <source>in the version in {language}</source>
        <translation>в версии на языке {language}</translation>
    </message>
    <message>
        <source>{numbers} {in_language} only</source>
        <translation>{numbers} — только {in_language}</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the two versions&apos; numbers</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>numbers differ: {details}</source>
        <translation>расхождение в числах: {details}</translation>
    </message>
    <message>
        <source>cites {left_articles} {in_left}, {right_articles} {in_right}</source>
        <translation>ссылки: {in_left} — {left_articles}, {in_right} — {right_articles}</translation>
    </message>
    <message>
        <source>{left_count} {in_left}, {right_count} {in_right}</source>
        <translation>{in_left} — {left_count}, {in_right} — {right_count}</translation>
    </message>
    <message>
        <source>{in_present} only, not {in_absent}</source>
        <translation>только {in_present}, {in_absent} отсутствует</translation>
    </message>
    <message>
        <source>no article</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Article {number}</source>
        <translation>статья {number}</translation>
    </message>
    <message>
        <source>Articles {numbers}</source>
        <translation>статьи {numbers}</translation>
    </message>
    <message>
        <source>cites Article {cited}, which the newer draft removed: check the cross-reference</source>
        <translation>ссылается на статью {cited}, исключённую из нового проекта: проверьте ссылку</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>cites paragraph {cited}, but the old paragraph {cited} is now paragraph {numbers}: check the cross-reference</source>
        <translation>ссылается на пункт {cited}, но прежний пункт {cited} теперь имеет номер {numbers}: проверьте ссылку</translation>
    </message>
    <message>
        <source>cites Article {cited}, but the old Article {cited} is now Article {numbers}: check the cross-reference</source>
        <translation>ссылается на статью {cited}, но прежняя статья {cited} теперь имеет номер {numbers}: проверьте ссылку</translation>
    </message>
    <message>
        <source>alternative chosen: {words}</source>
        <extracomment>The notes of flags (``core.result.FLAG_NOTES``, by key): &quot;{words}&quot; are the words of the drafts, &quot;{was}&quot; a cross-reference&apos;s older words.</extracomment>
        <translation>выбран вариант: {words}</translation>
    </message>
    <message>
        <source>brackets removed (agreed): {words}</source>
        <translation>квадратные скобки сняты (согласовано): {words}</translation>
    </message>
    <message>
        <source>alternative dropped: {words}</source>
        <translation>вариант исключён: {words}</translation>
    </message>
    <message>
        <source>alternative added: {words}</source>
        <translation>добавлен вариант: {words}</translation>
    </message>
    <message>
        <source>bracketed text removed</source>
        <translation>текст в квадратных скобках удалён</translation>
    </message>
    <message>
        <source>bracketed text replaced: {words}</source>
        <translation>текст в квадратных скобках заменён: {words}</translation>
    </message>
    <message>
        <source>brackets opened: {words}</source>
        <translation>открыты квадратные скобки: {words}</translation>
    </message>
    <message>
        <source>alternatives reordered</source>
        <translation>варианты переставлены</translation>
    </message>
    <message>
        <source>bracketed text changed</source>
        <translation>текст в квадратных скобках изменён</translation>
    </message>
    <message>
        <source>cross-reference now cites {words}</source>
        <translation>ссылка теперь указывает на {words}</translation>
    </message>
    <message>
        <source>cross-reference now cites {words} (was {was})</source>
        <translation>ссылка теперь указывает на {words} (ранее {was})</translation>
    </message>
    <message>
        <source>cross-reference removed: {words}</source>
        <translation>ссылка удалена: {words}</translation>
    </message>
    <message>
        <source>placeholder filled in: {words}</source>
        <translation>пропуск заполнен: {words}</translation>
    </message>
    <message>
        <source>placeholder filled in by footnote {words}</source>
        <translation>пропуск заполнен сноской {words}</translation>
    </message>
    <message>
        <source>placeholder removed: {words}</source>
        <translation>пропуск удалён: {words}</translation>
    </message>
    <message>
        <source>placeholder added: {words}</source>
        <translation>добавлен пропуск: {words}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>{kind}: {words}</source>
        <translation>{kind}: {words}</translation>
    </message>
    <message>
        <source>language version ({language})</source>
        <translation>языковая версия ({language})</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>исключено</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>split into {citations}</source>
        <translation>разделено на {citations}</translation>
    </message>
    <message>
        <source>merged into {citation}</source>
        <translation>объединено в {citation}</translation>
    </message>
    <message>
        <source>renumbered to {citation}</source>
        <translation>новый номер — {citation}</translation>
    </message>
    <message>
        <source>{citations} removed</source>
        <translation>исключено: {citations}</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>перемещено</translation>
    </message>
    <message>
        <source>{change} ({details})</source>
        <translation>{change} ({details})</translation>
    </message>
    <message>
        <source>unchanged throughout</source>
        <translation>без изменений во всех проектах</translation>
    </message>
    <message>
        <source>{change} in {draft}</source>
        <translation>{draft}: {change}</translation>
    </message>
    <message>
        <source>unchanged since</source>
        <translation>с тех пор без изменений</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the events of a story</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>{provision}: {story}</source>
        <translation>{provision}: {story}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>PDF briefing</source>
        <extracomment>(format, label, suffix, save-dialog filter)</extracomment>
        <translation>Справка в PDF</translation>
    </message>
    <message>
        <source>Word briefing</source>
        <translation>Справка в Word</translation>
    </message>
    <message>
        <source>Word, newer draft with tracked changes</source>
        <translation>Word, новый проект с исправлениями</translation>
    </message>
    <message>
        <source>Export briefing</source>
        <translation>Экспорт справки</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Briefing</source>
        <extracomment>Jobs still running; kept here so that a job (and its signals) outlives a closed dialog.</extracomment>
        <translation>Экспорт справки</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>The briefing&apos;s headings and labels; the drafts&apos; text is printed as it is</source>
        <translation>Заголовки и подписи справки; текст проектов приводится как есть</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Положения</translation>
    </message>
    <message>
        <source>&amp;Changed only</source>
        <translation>&amp;Только изменённые</translation>
    </message>
    <message>
        <source>A&amp;ll clauses</source>
        <translation>&amp;Все положения</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Open notes</source>
        <translation>Открытые примечания</translation>
    </message>
    <message>
        <source>Resolved notes</source>
        <translation>Решённые примечания</translation>
    </message>
    <message>
        <source>Only clauses with notes</source>
        <translation>Только положения с примечаниями</translation>
    </message>
    <message>
        <source>Notes (none on this comparison)</source>
        <translation>Примечания (к этому сравнению их нет)</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Подготовка предварительного просмотра…</translation>
    </message>
    <message>
        <source>Preview of the first page</source>
        <translation>Предварительный просмотр первой страницы</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>These are two language versions: a tracked-changes file would delete every word of one and insert every word of the other. The briefings (PDF or Word) list what the versions do not agree on.</source>
        <translation>Это два языковых текста: в файле с записью исправлений каждое слово одного было бы удалено, а каждое слово другого вставлено. Справки (PDF или Word) перечисляют, в чём тексты расходятся.</translation>
    </message>
    <message>
        <source>Choose at least one kind of change.</source>
        <translation>Выберите хотя бы один вид изменений.</translation>
    </message>
    <message>
        <source>No preview: {message}</source>
        <translation>Нет предварительного просмотра: {message}</translation>
    </message>
</context>
<context>
    <name>ExportStrip</name>
    <message>
        <source>cannot write {name} ({reason}): check the disk space and that the file is not open elsewhere</source>
        <translation>не удаётся записать {name} ({reason}): проверьте свободное место на диске и что файл не открыт в другой программе</translation>
    </message>
    <message>
        <source>Exporting {name}…</source>
        <translation>Экспорт {name}…</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Ход экспорта</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop the export; no file is written</source>
        <translation>Прервать экспорт; файл не будет записан</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in the drafts (Ctrl+F)</source>
        <translation>Поиск в проектах (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find text</source>
        <translation>Текст для поиска</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Искать в</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Предыдущее совпадение (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Следующее совпадение (F3)</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Результат поиска</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Provision</source>
        <extracomment>How much of a provision&apos;s text a cell shows (the detail below shows it whole).</extracomment>
        <translation>Положение</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>исключено</translation>
    </message>
    <message>
        <source>as first seen</source>
        <translation>в первоначальном виде</translation>
    </message>
    <message>
        <source>not in this draft</source>
        <translation>отсутствует в этом проекте</translation>
    </message>
    <message>
        <source>{changes} in {draft}</source>
        <translation>{changes} в {draft}</translation>
    </message>
    <message>
        <source>on {citation} in {draft}</source>
        <translation>к {citation} в {draft}</translation>
    </message>
    <message>
        <source>on {citation}</source>
        <translation>к {citation}</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>The history table is being written already</source>
        <translation>Таблица истории уже записывается</translation>
    </message>
    <message>
        <source>Cannot export the history table</source>
        <translation>Не удаётся экспортировать таблицу истории</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Экспорт отменён</translation>
    </message>
    <message>
        <source>History table written: {name}</source>
        <translation>Таблица истории записана: {name}</translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <source>Word table</source>
        <extracomment>(format, label, suffix, save-dialog filter)</extracomment>
        <translation>Таблица Word</translation>
    </message>
    <message>
        <source>PDF table</source>
        <translation>Таблица PDF</translation>
    </message>
    <message>
        <source>Export history table</source>
        <translation>Экспорт таблицы истории</translation>
    </message>
</context>
<context>
    <name>HistoryExportDialog</name>
    <message>
        <source>Export History Table</source>
        <translation>Экспорт таблицы истории</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>The table&apos;s headings and the provisions&apos; stories; the drafts&apos; text is printed as it is</source>
        <translation>Заголовки таблицы и история каждого положения; текст проектов печатается как есть</translation>
    </message>
    <message>
        <source>Every &amp;provision</source>
        <translation>&amp;Все положения</translation>
    </message>
    <message>
        <source>&amp;Changed provisions only</source>
        <translation>Только &amp;изменённые положения</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Строки:</translation>
    </message>
    <message numerus="yes">
        <source>One row per provision and one column per draft (%n draft(s)), the changes from the column before marked, and a Notes column with the team&apos;s notes.</source>
        <translation>
            <numerusform>Одна строка на положение и один столбец на проект (%n проект), изменения относительно предыдущего столбца выделены, в столбце «Примечания» — примечания группы.</numerusform>
            <numerusform>Одна строка на положение и один столбец на проект (%n проекта), изменения относительно предыдущего столбца выделены, в столбце «Примечания» — примечания группы.</numerusform>
            <numerusform>Одна строка на положение и один столбец на проект (%n проектов), изменения относительно предыдущего столбца выделены, в столбце «Примечания» — примечания группы.</numerusform>
        </translation>
    </message>
    <message>
        <source>The series holds {drafts} drafts; a table takes at most {most}: remove the ones that matter least (File &gt; Drafts of This Negotiation).</source>
        <translation>В серии {drafts} проектов; в таблицу помещается не более {most}: исключите наименее важные («Файл &gt; Проекты этих переговоров»).</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Negotiation History</source>
        <translation>История переговоров</translation>
    </message>
    <message>
        <source>Provisions across the drafts</source>
        <translation>Положения во всех проектах</translation>
    </message>
    <message>
        <source>The provision through the drafts</source>
        <translation>Положение от проекта к проекту</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Build the history again from the workspace&apos;s drafts</source>
        <translation>Заново построить историю по проектам рабочей папки</translation>
    </message>
    <message>
        <source>&amp;Drafts…</source>
        <translation>&amp;Проекты…</translation>
    </message>
    <message>
        <source>The drafts of this negotiation: add, rename, reorder, remove, compare two</source>
        <translation>Проекты этих переговоров: добавить, переименовать, упорядочить, исключить, сравнить два</translation>
    </message>
    <message>
        <source>&amp;Export Table…</source>
        <translation>&amp;Экспорт таблицы…</translation>
    </message>
    <message>
        <source>Write the table, one column per draft, as Word or PDF</source>
        <translation>Записать таблицу (по столбцу на проект) в Word или PDF</translation>
    </message>
    <message>
        <source>&amp;Changed provisions only</source>
        <translation>Только &amp;изменённые положения</translation>
    </message>
    <message>
        <source>What the history shows</source>
        <translation>Что показывает история</translation>
    </message>
    <message numerus="yes">
        <source>Following the provisions through %n draft(s)…</source>
        <translation>
            <numerusform>Прослеживание положений по %n проекту…</numerusform>
            <numerusform>Прослеживание положений по %n проектам…</numerusform>
            <numerusform>Прослеживание положений по %n проектам…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message numerus="yes">
        <source>%n provision(s)</source>
        <translation>
            <numerusform>%n положение</numerusform>
            <numerusform>%n положения</numerusform>
            <numerusform>%n положений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n изменено</numerusform>
            <numerusform>%n изменено</numerusform>
            <numerusform>%n изменено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n примечание</numerusform>
            <numerusform>%n примечания</numerusform>
            <numerusform>%n примечаний</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be built: {message}</source>
        <translation>Не удалось построить историю: {message}</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>Word documents</source>
        <extracomment>The file dialog&apos;s filter: every format the readers take, then each on its own.</extracomment>
        <translation>Документы Word</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>Текст OpenDocument</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Обычный текст</translation>
    </message>
    <message>
        <source>Web pages</source>
        <translation>Веб-страницы</translation>
    </message>
    <message>
        <source>Rich text</source>
        <translation>Текст RTF</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Все файлы</translation>
    </message>
    <message>
        <source>Older draft</source>
        <translation>Предыдущий проект</translation>
    </message>
    <message>
        <source>Newer draft</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>без названия</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System Language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <source>French</source>
        <translation>французский</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>испанский</translation>
    </message>
    <message>
        <source>German</source>
        <translation>немецкий</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>итальянский</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>нидерландский</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>португальский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>украинский</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>греческий</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>арабский</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>китайский</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестный</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Comparison of the two drafts</source>
        <translation>Сравнение двух проектов</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Навигатор</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>&amp;Навигатор</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(пока нет)</translation>
    </message>
    <message>
        <source>Clear Recent</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <source>Interface &amp;Language (on restart)</source>
        <translation>&amp;Язык интерфейса (после перезапуска)</translation>
    </message>
    <message>
        <source>The interface&apos;s language from the next start</source>
        <translation>Язык интерфейса со следующего запуска</translation>
    </message>
    <message>
        <source>Interface language: {language}. It applies from the next start of Clausewise.</source>
        <translation>Язык интерфейса: {language}. Он будет применён при следующем запуске Clausewise.</translation>
    </message>
    <message>
        <source>Counts of changes</source>
        <translation>Число изменений</translation>
    </message>
    <message>
        <source>Comparison progress</source>
        <translation>Ход сравнения</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Сравнение…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Open the older draft</source>
        <translation>Открыть предыдущий проект</translation>
    </message>
    <message>
        <source>Open the newer draft</source>
        <translation>Открыть новый проект</translation>
    </message>
    <message>
        <source>Cannot paste the draft</source>
        <translation>Не удаётся вставить проект</translation>
    </message>
    <message>
        <source>Pasted text kept as {name}</source>
        <translation>Вставленный текст сохранён как {name}</translation>
    </message>
    <message>
        <source>Comparison cancelled</source>
        <translation>Сравнение отменено</translation>
    </message>
    <message>
        <source>{name} could not be read: choose another older draft (File &gt; Open Older Draft)</source>
        <translation>Не удалось прочитать {name}: выберите другой предыдущий проект (Файл &gt; Открыть предыдущий проект)</translation>
    </message>
    <message>
        <source>{name} could not be read: choose another newer draft (File &gt; Open Newer Draft)</source>
        <translation>Не удалось прочитать {name}: выберите другой новый проект (Файл &gt; Открыть новый проект)</translation>
    </message>
    <message>
        <source>Older draft</source>
        <translation>Предыдущий проект</translation>
    </message>
    <message>
        <source>Newer draft</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <source>{language} version</source>
        <translation>Версия ({language})</translation>
    </message>
    <message>
        <source>Parallel reading: {languages}</source>
        <translation>Параллельное чтение: {languages}</translation>
    </message>
    <message numerus="yes">
        <source>%n paired</source>
        <translation>
            <numerusform>%n сопоставлено</numerusform>
            <numerusform>%n сопоставлено</numerusform>
            <numerusform>%n сопоставлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mismatch(es)</source>
        <translation>
            <numerusform>%n расхождение</numerusform>
            <numerusform>%n расхождения</numerusform>
            <numerusform>%n расхождений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n modified</source>
        <translation>
            <numerusform>изменено: %n</numerusform>
            <numerusform>изменено: %n</numerusform>
            <numerusform>изменено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>добавлено: %n</numerusform>
            <numerusform>добавлено: %n</numerusform>
            <numerusform>добавлено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>исключено: %n</numerusform>
            <numerusform>исключено: %n</numerusform>
            <numerusform>исключено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n split</source>
        <translation>
            <numerusform>разделено: %n</numerusform>
            <numerusform>разделено: %n</numerusform>
            <numerusform>разделено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged</source>
        <translation>
            <numerusform>объединено: %n</numerusform>
            <numerusform>объединено: %n</numerusform>
            <numerusform>объединено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>перемещено: %n</numerusform>
            <numerusform>перемещено: %n</numerusform>
            <numerusform>перемещено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renumbered</source>
        <translation>
            <numerusform>перенумеровано: %n</numerusform>
            <numerusform>перенумеровано: %n</numerusform>
            <numerusform>перенумеровано: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No more changes in this direction</source>
        <translation>Других изменений в этом направлении нет</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <source>{position} of {total}</source>
        <translation>{position} из {total}</translation>
    </message>
    <message>
        <source>Select one clause on each side (Ctrl+click), then link them</source>
        <translation>Выберите по одному положению с каждой стороны (Ctrl+щелчок), затем свяжите их</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Не удаётся экспортировать</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Экспорт отменён</translation>
    </message>
    <message>
        <source>Briefing written: {name}</source>
        <translation>Справка записана: {name}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Older Draft…</source>
        <translation>Открыть &amp;предыдущий проект…</translation>
    </message>
    <message>
        <source>Open the older draft (shown left)</source>
        <translation>Открыть предыдущий проект (слева)</translation>
    </message>
    <message>
        <source>Open &amp;Newer Draft…</source>
        <translation>Открыть &amp;новый проект…</translation>
    </message>
    <message>
        <source>Open the newer draft (shown right)</source>
        <translation>Открыть новый проект (справа)</translation>
    </message>
    <message>
        <source>Paste Older Draft from Clipboard</source>
        <translation>Вставить предыдущий проект из буфера обмена</translation>
    </message>
    <message>
        <source>Use the text on the clipboard as the older draft</source>
        <translation>Использовать текст из буфера обмена как предыдущий проект</translation>
    </message>
    <message>
        <source>&amp;Paste Newer Draft from Clipboard</source>
        <translation>&amp;Вставить новый проект из буфера обмена</translation>
    </message>
    <message>
        <source>Use the text on the clipboard as the newer draft</source>
        <translation>Использовать текст из буфера обмена как новый проект</translation>
    </message>
    <message>
        <source>New &amp;Workspace…</source>
        <translation>Новая &amp;рабочая папка…</translation>
    </message>
    <message>
        <source>Start a workspace file that keeps drafts, links and notes together</source>
        <translation>Создать файл рабочей папки, в котором хранятся проекты, связи и примечания</translation>
    </message>
    <message>
        <source>Open Wor&amp;kspace…</source>
        <translation>Открыть рабочую &amp;папку…</translation>
    </message>
    <message>
        <source>Open a .clausewise workspace</source>
        <translation>Открыть рабочую папку .clausewise</translation>
    </message>
    <message>
        <source>Save Workspace &amp;As…</source>
        <translation>Сохранить рабочую папку &amp;как…</translation>
    </message>
    <message>
        <source>Copy the workspace to a new file and carry on there</source>
        <translation>Скопировать рабочую папку в новый файл и продолжить работу в нём</translation>
    </message>
    <message>
        <source>A&amp;dd Newer Draft…</source>
        <translation>&amp;Добавить новый проект…</translation>
    </message>
    <message>
        <source>Compare the newest draft with a newer one; the notes follow their clauses</source>
        <translation>Сравнить последний проект с более новым; примечания следуют за своими положениями</translation>
    </message>
    <message>
        <source>Drafts of This &amp;Negotiation…</source>
        <translation>Проекты этих &amp;переговоров…</translation>
    </message>
    <message>
        <source>The workspace&apos;s drafts in order: add, rename, reorder, remove, compare two</source>
        <translation>Проекты рабочей папки по порядку: добавить, переименовать, упорядочить, исключить, сравнить два</translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation>&amp;Импорт примечаний…</translation>
    </message>
    <message>
        <source>Merge notes shared as a JSON file</source>
        <translation>Объединить примечания, полученные в файле JSON</translation>
    </message>
    <message>
        <source>Export Annotations…</source>
        <translation>Экспорт примечаний…</translation>
    </message>
    <message>
        <source>Write the workspace&apos;s notes to a JSON file to share</source>
        <translation>Записать примечания рабочей папки в файл JSON для передачи</translation>
    </message>
    <message>
        <source>&amp;Swap Drafts</source>
        <translation>&amp;Поменять проекты местами</translation>
    </message>
    <message>
        <source>Show the newer draft left and the older right</source>
        <translation>Показать новый проект слева, а предыдущий справа</translation>
    </message>
    <message>
        <source>&amp;Export Briefing…</source>
        <translation>&amp;Экспорт справки…</translation>
    </message>
    <message>
        <source>Write a PDF or Word briefing of the changes</source>
        <translation>Подготовить справку об изменениях в PDF или Word</translation>
    </message>
    <message>
        <source>Export &amp;History Table…</source>
        <translation>Экспорт таблицы &amp;истории…</translation>
    </message>
    <message>
        <source>Write the table of the series, one column per draft, as Word or PDF</source>
        <translation>Записать таблицу серии (по столбцу на проект) в Word или PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print the comparison as shown: both drafts side by side, changes marked</source>
        <translation>Напечатать сравнение как на экране: оба проекта рядом, изменения выделены</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Пред&amp;варительный просмотр…</translation>
    </message>
    <message>
        <source>See the printed pages of the comparison before printing</source>
        <translation>Посмотреть страницы сравнения перед печатью</translation>
    </message>
    <message>
        <source>Print &amp;Briefing…</source>
        <translation>Печать &amp;справки…</translation>
    </message>
    <message>
        <source>Print the PDF briefing that Export Briefing would write</source>
        <translation>Напечатать справку PDF, которую создал бы «Экспорт справки»</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>Add &amp;Note</source>
        <translation>Добавить &amp;примечание</translation>
    </message>
    <message>
        <source>Write a note on the current pair</source>
        <translation>Написать примечание к текущей паре</translation>
    </message>
    <message>
        <source>Add Note on &amp;Text…</source>
        <translation>Примечание к &amp;тексту…</translation>
    </message>
    <message>
        <source>Write a note on words of the current clause</source>
        <translation>Написать примечание к словам текущего положения</translation>
    </message>
    <message>
        <source>&amp;Edit Note…</source>
        <translation>&amp;Изменить примечание…</translation>
    </message>
    <message>
        <source>&amp;Delete Note</source>
        <translation>&amp;Удалить примечание</translation>
    </message>
    <message>
        <source>&amp;Mark Note Resolved</source>
        <translation>&amp;Отметить как решённое</translation>
    </message>
    <message>
        <source>Annotation &amp;Tags…</source>
        <translation>&amp;Метки примечаний…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Найти &amp;далее</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>Найти &amp;ранее</translation>
    </message>
    <message>
        <source>&amp;Link Selected Clauses</source>
        <translation>&amp;Связать выбранные положения</translation>
    </message>
    <message>
        <source>Pair the clause selected on the left with the one selected on the right</source>
        <translation>Сопоставить положение, выбранное слева, с положением, выбранным справа</translation>
    </message>
    <message>
        <source>&amp;Unlink Pair</source>
        <translation>&amp;Разорвать пару</translation>
    </message>
    <message>
        <source>Tell the comparison that these two clauses are not the same clause</source>
        <translation>Указать, что эти два положения не соответствуют друг другу</translation>
    </message>
    <message>
        <source>&amp;Clear Manual Links</source>
        <translation>&amp;Удалить ручные связи</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Negotiation &amp;History…</source>
        <translation>&amp;История переговоров…</translation>
    </message>
    <message>
        <source>Every provision through the drafts of this negotiation</source>
        <translation>Каждое положение во всех проектах этих переговоров</translation>
    </message>
    <message>
        <source>&amp;Changed Clauses Only</source>
        <translation>&amp;Только изменённые положения</translation>
    </message>
    <message>
        <source>Outline and comparison: fold away the clauses that did not change</source>
        <translation>Структура и сравнение: свернуть положения, которые не изменились</translation>
    </message>
    <message>
        <source>&amp;Dark Palette</source>
        <translation>&amp;Тёмная палитра</translation>
    </message>
    <message>
        <source>&amp;Larger Text</source>
        <translation>&amp;Крупнее</translation>
    </message>
    <message>
        <source>&amp;Smaller Text</source>
        <translation>&amp;Мельче</translation>
    </message>
    <message>
        <source>&amp;Normal Text Size</source>
        <translation>&amp;Обычный размер текста</translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;Next Change</source>
        <translation>&amp;Следующее изменение</translation>
    </message>
    <message>
        <source>&amp;Previous Change</source>
        <translation>&amp;Предыдущее изменение</translation>
    </message>
    <message>
        <source>Go to Where It &amp;Moved From / To</source>
        <translation>Перейти к &amp;прежнему / новому месту</translation>
    </message>
    <message>
        <source>&amp;Options</source>
        <translation>П&amp;араметры</translation>
    </message>
    <message>
        <source>Ignore &amp;Case</source>
        <translation>Без учёта &amp;регистра</translation>
    </message>
    <message>
        <source>Ignore &amp;Punctuation</source>
        <translation>Без учёта &amp;пунктуации</translation>
    </message>
    <message>
        <source>Ignore &amp;Whitespace</source>
        <translation>Без учёта &amp;пробелов</translation>
    </message>
    <message>
        <source>&amp;Compare Again</source>
        <translation>&amp;Сравнить заново</translation>
    </message>
    <message>
        <source>C&amp;ancel Comparison</source>
        <translation>&amp;Отменить сравнение</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Clausewise</source>
        <translation>&amp;О программе Clausewise</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Modified</source>
        <extracomment>The counts shown, in this order: (Stats field, label, mark).</extracomment>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Исключено</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Разделено</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Перемещено</translation>
    </message>
    <message>
        <source>Renumbered</source>
        <translation>Перенумеровано</translation>
    </message>
    <message>
        <source>Both drafts</source>
        <translation>Оба проекта</translation>
    </message>
    <message>
        <source>Older draft</source>
        <translation>Предыдущий проект</translation>
    </message>
    <message>
        <source>Newer draft</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <source>recitals</source>
        <extracomment>The levels named by kind (``describe.level_name``), as the navigator&apos;s counts show them.</extracomment>
        <translation>пункты преамбулы</translation>
    </message>
    <message>
        <source>paragraphs</source>
        <translation>пункты</translation>
    </message>
    <message>
        <source>points</source>
        <translation>подпункты</translation>
    </message>
    <message>
        <source>annexes</source>
        <translation>приложения</translation>
    </message>
    <message>
        <source>protocols</source>
        <translation>протоколы</translation>
    </message>
    <message>
        <source>appendices</source>
        <translation>добавления</translation>
    </message>
    <message>
        <source>unnumbered paragraphs</source>
        <translation>ненумерованные абзацы</translation>
    </message>
    <message>
        <source>Articles</source>
        <extracomment>Top-level units as ``describe.LevelCount.name`` says them in English, shown in the interface&apos;s language (&quot;Статьи&quot;, whichever language the drafts are in); a unit word not listed here stays the older draft&apos;s own.</extracomment>
        <translation>Статьи</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>Regulations</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>Принципы</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Приложения</translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation>Пункты</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Стандарты</translation>
    </message>
    <message>
        <source>Guidelines</source>
        <translation>Руководящие принципы</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Положения</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Substantive changes</source>
        <translation>Изменения по существу</translation>
    </message>
    <message>
        <source>Strength of obligation</source>
        <translation>Сила обязательства</translation>
    </message>
    <message>
        <source>Negation</source>
        <translation>Отрицание</translation>
    </message>
    <message>
        <source>Numbers, dates and periods</source>
        <translation>Числа, даты и сроки</translation>
    </message>
    <message>
        <source>Cross-references</source>
        <translation>Ссылки</translation>
    </message>
    <message>
        <source>Parties and actors</source>
        <translation>Стороны и субъекты</translation>
    </message>
    <message>
        <source>Brackets and alternatives</source>
        <translation>Квадратные скобки и варианты</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Текст для заполнения</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>изменены</translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлены</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>исключены</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>перемещены</translation>
    </message>
    <message>
        <source>renumbered</source>
        <translation>перенумерованы</translation>
    </message>
    <message>
        <source>split</source>
        <translation>разделены</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>объединены</translation>
    </message>
    <message>
        <source>modified in their paragraphs</source>
        <translation>изменены в пунктах</translation>
    </message>
    <message>
        <source>(were {numbers})</source>
        <translation>(ранее {numbers})</translation>
    </message>
    <message>
        <source> (older draft)</source>
        <translation> (предыдущий проект)</translation>
    </message>
    <message>
        <source> (text)</source>
        <translation> (текст)</translation>
    </message>
    <message>
        <source>Changes per level</source>
        <translation>Изменения по уровням</translation>
    </message>
    <message>
        <source>&amp;Changed clauses only</source>
        <translation>&amp;Только изменённые положения</translation>
    </message>
    <message>
        <source>&amp;Substantive changes only</source>
        <translation>Только изменения по &amp;существу</translation>
    </message>
    <message>
        <source>Only the clauses whose obligations, numbers, parties, references, brackets or placeholders changed</source>
        <translation>Только положения, в которых изменились обязательства, числа, стороны, ссылки, квадратные скобки или текст для заполнения</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Положение</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Clause outline</source>
        <translation>Структура положений</translation>
    </message>
    <message>
        <source>Neighbouring units changed alike</source>
        <translation>Соседние единицы с одинаковыми изменениями</translation>
    </message>
    <message>
        <source>Changes of obligation, negation, numbers, references, parties, brackets and placeholders</source>
        <translation>Изменения обязательств, отрицаний, чисел, ссылок, сторон, квадратных скобок и текста для заполнения</translation>
    </message>
    <message>
        <source>A change of more than 30 words: not read word by word for substantive changes. Read its diff.</source>
        <translation>Изменение более чем в 30 слов: не проверено пословно на изменения по существу. Прочтите его различия.</translation>
    </message>
    <message>
        <source>Long rewrites, not read ({count})</source>
        <translation>Длинные правки, не проверены ({count})</translation>
    </message>
    <message>
        <source>{citation}: long rewrite</source>
        <translation>{citation}: длинная правка</translation>
    </message>
    <message>
        <source>{name} 0 changed of {total}</source>
        <translation>{name}: без изменений (всего {total})</translation>
    </message>
    <message numerus="yes">
        <source>{name} %n changed of {total}</source>
        <translation>
            <numerusform>{name}: с изменениями — %n из {total}</numerusform>
            <numerusform>{name}: с изменениями — %n из {total}</numerusform>
            <numerusform>{name}: с изменениями — %n из {total}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>The words the note is about</source>
        <translation>Слова, к которым относится примечание</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Метка:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Автор:</translation>
    </message>
    <message>
        <source>Write a note first.</source>
        <translation>Сначала напишите примечание.</translation>
    </message>
</context>
<context>
    <name>PaperRows</name>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation>&amp;Гриф:</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Подготовил</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Автор:</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Книжная</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Ориентация:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n unchanged clause(s)  (click or press Enter to show)</source>
        <translation>
            <numerusform>%n неизменённое положение  (щёлкните или нажмите Enter, чтобы показать)</numerusform>
            <numerusform>%n неизменённых положения  (щёлкните или нажмите Enter, чтобы показать)</numerusform>
            <numerusform>%n неизменённых положений  (щёлкните или нажмите Enter, чтобы показать)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged clause(s) not printed (changed clauses only)</source>
        <translation>
            <numerusform>%n неизменённое положение не напечатано (только изменённые положения)</numerusform>
            <numerusform>%n неизменённых положения не напечатаны (только изменённые положения)</numerusform>
            <numerusform>%n неизменённых положений не напечатано (только изменённые положения)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Notes (%n)</source>
        <translation>
            <numerusform>Примечания (%n)</numerusform>
            <numerusform>Примечания (%n)</numerusform>
            <numerusform>Примечания (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s)</source>
        <translation>
            <numerusform>Напечатана %n страница</numerusform>
            <numerusform>Напечатаны %n страницы</numerusform>
            <numerusform>Напечатано %n страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Briefing printed: %n page(s)</source>
        <translation>
            <numerusform>Справка напечатана: %n страница</numerusform>
            <numerusform>Справка напечатана: %n страницы</numerusform>
            <numerusform>Справка напечатана: %n страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) carried forward</source>
        <translation>
            <numerusform>%n примечание перенесено</numerusform>
            <numerusform>%n примечания перенесены</numerusform>
            <numerusform>%n примечаний перенесено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) review</source>
        <translation>
            <numerusform>%n требует проверки</numerusform>
            <numerusform>%n требуют проверки</numerusform>
            <numerusform>%n требуют проверки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s)</source>
        <translation>
            <numerusform>%n пункт</numerusform>
            <numerusform>%n пункта</numerusform>
            <numerusform>%n пунктов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n подпункт</numerusform>
            <numerusform>%n подпункта</numerusform>
            <numerusform>%n подпунктов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) written to {name}</source>
        <translation>
            <numerusform>%n примечание записано в {name}</numerusform>
            <numerusform>%n примечания записаны в {name}</numerusform>
            <numerusform>%n примечаний записано в {name}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Compare two drafts first: there is nothing to print</source>
        <translation>Сначала сравните два проекта: печатать нечего</translation>
    </message>
    <message>
        <source>Print Comparison</source>
        <translation>Печать сравнения</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Не удаётся напечатать</translation>
    </message>
    <message>
        <source>Cannot print: {reason}</source>
        <translation>Не удаётся напечатать: {reason}</translation>
    </message>
    <message>
        <source>Print Briefing</source>
        <translation>Печать справки</translation>
    </message>
    <message>
        <source>Printing the briefing…</source>
        <translation>Печать справки…</translation>
    </message>
    <message>
        <source>Cannot print the briefing</source>
        <translation>Не удаётся напечатать справку</translation>
    </message>
    <message>
        <source>Cannot print the briefing: {reason}</source>
        <translation>Не удаётся напечатать справку: {reason}</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>the page is too small to hold a line of text below its header: choose a larger paper size or smaller margins in the Print dialog</source>
        <extracomment>Sizes in points (1/72 inch); converted to the printer&apos;s pixels when painting. a row taller than what is left of a page starts there only if this many lines fit the briefing&apos;s pages are rendered at most this fine (a 1200 dpi A4 page would be 550 MB)</extracomment>
        <translation>страница слишком мала, чтобы под заголовком поместилась строка текста: выберите в окне печати больший формат бумаги или меньшие поля</translation>
    </message>
    <message>
        <source>the printer refused a new page (is it out of paper, or the disk full?)</source>
        <translation>принтер не принял новую страницу (закончилась бумага или заполнен диск?)</translation>
    </message>
    <message>
        <source>Clausewise comparison</source>
        <translation>Сравнение Clausewise</translation>
    </message>
    <message>
        <source>changed clauses only</source>
        <translation>только изменённые положения</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>Напечатано {date}</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Страница {number} из {total}</translation>
    </message>
    <message>
        <source>cannot write {name}: check that its folder exists and is writable, and that the file is not open elsewhere</source>
        <translation>не удаётся записать {name}: проверьте, что папка существует и доступна для записи и что файл не открыт в другой программе</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>принтер</translation>
    </message>
    <message>
        <source>{name} could not be started: check that it is connected and switched on, or choose another printer (or Print to File) in the Print dialog</source>
        <translation>не удалось запустить {name}: проверьте, что он подключён и включён, или выберите в окне печати другой принтер (или печать в файл)</translation>
    </message>
    <message>
        <source>the briefing has no pages</source>
        <translation>в справке нет страниц</translation>
    </message>
    <message>
        <source>the printer refused a new page</source>
        <translation>принтер не принял новую страницу</translation>
    </message>
</context>
<context>
    <name>ReadingNotes</name>
    <message>
        <source>What could not be read faithfully from the drafts</source>
        <translation>Что не удалось точно прочитать из проектов</translation>
    </message>
    <message>
        <source>Reading notes</source>
        <translation>Замечания о чтении</translation>
    </message>
    <message numerus="yes">
        <source>%n reading note(s)</source>
        <translation>
            <numerusform>%n замечание о чтении</numerusform>
            <numerusform>%n замечания о чтении</numerusform>
            <numerusform>%n замечаний о чтении</numerusform>
        </translation>
    </message>
    <message>
        <source>What could not be read faithfully</source>
        <translation>Что не удалось точно прочитать</translation>
    </message>
</context>
<context>
    <name>Rows</name>
    <message>
        <source>added</source>
        <extracomment>rows this cell covers: 1 normally, more for the single side of a split or merge, 0 for a cell covered by a spanning cell above it. the row this one is linked to: ghost &lt;-&gt; moved pair a stop for &quot;next change&quot;: the first row of a pair whose own row shows a change first row of this row&apos;s span group (itself unless it continues a split or merge) the drafts&apos; languages (``Comparison.languages``), for the words of a mismatch</extracomment>
        <translation>добавлено</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>исключено</translation>
    </message>
    <message>
        <source>split into {citations}</source>
        <translation>разделено на {citations}</translation>
    </message>
    <message>
        <source>merged from {citations}</source>
        <translation>объединено из {citations}</translation>
    </message>
    <message>
        <source>renumbered: {change}</source>
        <translation>перенумеровано: {change}</translation>
    </message>
    <message>
        <source>stood here in the older draft; moved to {citation}</source>
        <translation>здесь находилось в предыдущем проекте; перемещено в {citation}</translation>
    </message>
    <message>
        <source>moved: show where it stood</source>
        <translation>перемещено: показать прежнее место</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>Label</source>
        <translation>Обозначение</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Показан</translation>
    </message>
    <message>
        <source>Drafts of This Negotiation</source>
        <translation>Проекты этих переговоров</translation>
    </message>
    <message>
        <source>The drafts of this negotiation, in order</source>
        <translation>Проекты этих переговоров по порядку</translation>
    </message>
    <message>
        <source>&amp;Add Draft…</source>
        <translation>&amp;Добавить проект…</translation>
    </message>
    <message>
        <source>Read a draft file and add it at the end of the series</source>
        <translation>Прочитать файл проекта и добавить его в конец серии</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Переименовать…</translation>
    </message>
    <message>
        <source>Give the draft a label, such as &quot;Chair&apos;s text&quot;</source>
        <translation>Дать проекту обозначение, например «Текст Председателя»</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Выше</translation>
    </message>
    <message>
        <source>Earlier in the series</source>
        <translation>Раньше в серии</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Ниже</translation>
    </message>
    <message>
        <source>Later in the series</source>
        <translation>Позже в серии</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Исключить</translation>
    </message>
    <message>
        <source>Take the draft out of the series (its notes stay)</source>
        <translation>Исключить проект из серии (примечания сохраняются)</translation>
    </message>
    <message>
        <source>Older draft, shown left</source>
        <translation>Предыдущий проект, слева</translation>
    </message>
    <message>
        <source>Newer draft, shown right</source>
        <translation>Новый проект, справа</translation>
    </message>
    <message>
        <source>&amp;Older (left):</source>
        <translation>&amp;Предыдущий (слева):</translation>
    </message>
    <message>
        <source>Ne&amp;wer (right):</source>
        <translation>&amp;Новый (справа):</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Сравнить</translation>
    </message>
    <message>
        <source>Compare these two drafts in the window</source>
        <translation>Сравнить эти два проекта в окне</translation>
    </message>
    <message>
        <source>No workspace is open: compare two drafts, or open a workspace (File &gt; Open Workspace), and its drafts are listed here.</source>
        <translation>Рабочая папка не открыта: сравните два проекта или откройте рабочую папку («Файл &gt; Открыть рабочую папку»), и её проекты появятся здесь.</translation>
    </message>
    <message>
        <source>It is read-only: nothing can be changed in it.</source>
        <translation>Она открыта только для чтения: изменить в ней ничего нельзя.</translation>
    </message>
    <message>
        <source>The drafts kept in {name}, oldest first. The history follows every provision through them in this order.</source>
        <translation>Проекты, хранящиеся в {name}, начиная с самого раннего. История прослеживает каждое положение через них в этом порядке.</translation>
    </message>
    <message>
        <source>left</source>
        <translation>слева</translation>
    </message>
    <message>
        <source>right</source>
        <translation>справа</translation>
    </message>
    <message>
        <source>No label yet: Rename… to give one</source>
        <translation>Обозначения пока нет: задайте его через «Переименовать…»</translation>
    </message>
    <message>
        <source>the file is not where it was read: the workspace holds its text</source>
        <translation>файла нет там, откуда он был прочитан: его текст хранится в рабочей папке</translation>
    </message>
    <message>
        <source>Rename the draft</source>
        <translation>Переименовать проект</translation>
    </message>
    <message>
        <source>Label for {name} (left empty, it is called D{number}):</source>
        <translation>Обозначение для {name} (если оставить пустым, будет D{number}):</translation>
    </message>
    <message>
        <source>Add a draft to the series</source>
        <translation>Добавить проект в серию</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Чтение {name}…</translation>
    </message>
    <message>
        <source>{name} added to the series</source>
        <translation>{name} добавлен в серию</translation>
    </message>
    <message>
        <source>Cannot add the draft</source>
        <translation>Не удаётся добавить проект</translation>
    </message>
</context>
<context>
    <name>Tags</name>
    <message>
        <source>Acceptable</source>
        <translation>Приемлемо</translation>
    </message>
    <message>
        <source>Needs legal review</source>
        <translation>Требует юридической проверки</translation>
    </message>
    <message>
        <source>Red line</source>
        <translation>Красная линия</translation>
    </message>
    <message>
        <source>Question for the other side</source>
        <translation>Вопрос другой стороне</translation>
    </message>
</context>
<context>
    <name>TagsDialog</name>
    <message>
        <source>Annotation Tags</source>
        <translation>Метки примечаний</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Removing a tag keeps it on the notes that carry it.</source>
        <translation>При удалении метки она сохраняется у примечаний, которые её уже имеют.</translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Добавить метку</translation>
    </message>
    <message>
        <source>New tag:</source>
        <translation>Новая метка:</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>Переименовать метку</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Новое имя:</translation>
    </message>
</context>
<context>
    <name>ViewActions</name>
    <message>
        <source>This clause did not move: Ctrl+J jumps between a moved clause and where it stood</source>
        <extracomment>bump when the docks change so that an old saved layout is not applied to new docks</extracomment>
        <translation>Это положение не перемещалось: Ctrl+J переходит между перемещённым положением и его прежним местом</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Cannot open the draft</source>
        <translation>Не удаётся открыть проект</translation>
    </message>
    <message>
        <source>Cannot compare the drafts</source>
        <translation>Не удаётся сравнить проекты</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Clausewise workspace</source>
        <translation>Рабочая папка Clausewise</translation>
    </message>
    <message>
        <source>Shared annotations</source>
        <translation>Переданные примечания</translation>
    </message>
    <message>
        <source>Workspace in use</source>
        <translation>Рабочая папка используется</translation>
    </message>
    <message>
        <source>Open a copy of it instead? Notes added to the copy stay in the copy.</source>
        <translation>Открыть вместо неё копию? Примечания, добавленные в копию, останутся в копии.</translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message>
        <source>Read-only workspace</source>
        <translation>Рабочая папка только для чтения</translation>
    </message>
    <message>
        <source>Save Workspace As…</source>
        <translation>Сохранить рабочую папку как…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name} is read-only.&lt;/b&gt; You can read its drafts and notes, but nothing you change can be kept in it. To add or change notes, use File &amp;gt; Save Workspace As and carry on in the copy.</source>
        <translation>&lt;b&gt;{name} открыт только для чтения.&lt;/b&gt; Проекты и примечания можно читать, но изменения в нём сохранить нельзя. Чтобы добавлять или изменять примечания, выберите «Файл &amp;gt; Сохранить рабочую папку как» и продолжайте работу в копии.</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Новая рабочая папка</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Открыть рабочую папку</translation>
    </message>
    <message>
        <source>Compare two drafts first: there is nothing to save</source>
        <translation>Сначала сравните два проекта: сохранять нечего</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>Сохранить рабочую папку как</translation>
    </message>
    <message>
        <source>Workspace saved as {name}; every change is saved as it is made</source>
        <translation>Рабочая папка сохранена как {name}; каждое изменение сохраняется сразу</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{name} уже существует в {folder}. Заменить его?</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(только чтение)</translation>
    </message>
    <message>
        <source>Compare two drafts first</source>
        <translation>Сначала сравните два проекта</translation>
    </message>
    <message>
        <source>Add Newer Draft</source>
        <translation>Добавить новый проект</translation>
    </message>
    <message>
        <source>No workspace is open: nothing to export</source>
        <translation>Рабочая папка не открыта: экспортировать нечего</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>Экспорт примечаний</translation>
    </message>
    <message>
        <source>Cannot export the notes</source>
        <translation>Не удаётся экспортировать примечания</translation>
    </message>
    <message>
        <source>Compare the drafts the notes are about first</source>
        <translation>Сначала сравните проекты, к которым относятся примечания</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Импорт примечаний</translation>
    </message>
    <message>
        <source>Cannot import the notes</source>
        <translation>Не удаётся импортировать примечания</translation>
    </message>
    <message>
        <source>Notes imported</source>
        <translation>Примечания импортированы</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated, {skipped} already here.</source>
        <translation>добавлено: {added}, обновлено: {updated}, уже имелось: {skipped}.</translation>
    </message>
</context>
</TS>
