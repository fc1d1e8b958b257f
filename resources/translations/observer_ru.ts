<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../src/observer/gui/app.py" line="72"/>
        <source>Observer is already open</source>
        <translation>Observer уже открыт</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/app.py" line="73"/>
        <source>Observer is already open with the database
{where}

It did not come to the front. Look for its window, or wait a moment and try again.</source>
        <translation>Observer уже открыт с базой данных
{where}

Его окно не удалось вывести на передний план. Найдите это окно или подождите немного и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/app.py" line="101"/>
        <source>Observer cannot open its database</source>
        <translation>Observer не может открыть базу данных</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/app.py" line="102"/>
        <source>Observer could not open the database
{where}

{problem}</source>
        <translation>Не удалось открыть базу данных
{where}

{problem}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="75"/>
        <source>At start-up</source>
        <translation>При запуске</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="76"/>
        <location filename="../../src/observer/gui/backups_dialog.py" line="77"/>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="80"/>
        <source>On closing</source>
        <translation>При закрытии</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="81"/>
        <source>Backed up by hand</source>
        <translation>Вручную</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="79"/>
        <source>Before a restore</source>
        <translation>Перед восстановлением</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="85"/>
        <source>Before an upgrade</source>
        <translation>Перед обновлением</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="78"/>
        <source>Before an import</source>
        <translation>Перед импортом</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="82"/>
        <source>After a live observation</source>
        <translation>После наблюдения урока</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="278"/>
        <source>Only a database file can be restored from a backup.</source>
        <translation>Из резервной копии можно восстановить только файл базы данных.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="288"/>
        <source>Restoring the backup from {when}…</source>
        <translation>Восстановление резервной копии от {when}…</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="316"/>
        <source>Taken</source>
        <translation>Создана</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="317"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="318"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="319"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="320"/>
        <source>Observations</source>
        <translation>Наблюдения</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="321"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="322"/>
        <source>Checked</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="407"/>
        <source>✓ Verified</source>
        <translation>✓ Проверена</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="407"/>
        <source>Not verified</source>
        <translation>Не проверена</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="427"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="431"/>
        <source>Observer copies your database on its own: when it starts, every 30 minutes while you work, and when it closes. Each copy is checked before it is kept.</source>
        <translation>Observer сам создаёт копии базы данных: при запуске, каждые 30 минут во время работы и при закрытии. Каждая копия проверяется перед сохранением.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="448"/>
        <source>No backups yet. Click “Back up now” to make the first.</source>
        <translation>Резервных копий пока нет. Нажмите «Создать копию сейчас», чтобы сделать первую.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="453"/>
        <source>Back up now</source>
        <translation>Создать копию сейчас</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="454"/>
        <source>Restore…</source>
        <translation>Восстановить…</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="455"/>
        <source>Open backups folder</source>
        <translation>Открыть папку с копиями</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="465"/>
        <source>Which copies to keep</source>
        <translation>Какие копии хранить</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="467"/>
        <source>All from the last 48 hours, then one a day for</source>
        <translation>Все за последние 48 часов, далее по одной в день:</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="469"/>
        <source>days, one a week for</source>
        <translation>дн., в неделю:</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="471"/>
        <source>weeks and one a month for</source>
        <translation>нед., в месяц:</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="473"/>
        <source>months.</source>
        <translation>мес.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="548"/>
        <source>Backing up…</source>
        <translation>Создание копии…</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="554"/>
        <source>Backup saved at {when}.</source>
        <translation>Резервная копия сохранена: {when}.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="557"/>
        <source>Nothing has changed since the last backup.</source>
        <translation>С момента последней копии ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="561"/>
        <source>The backup failed: {problem}</source>
        <translation>Не удалось создать резервную копию: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="571"/>
        <source>Restore this backup?</source>
        <translation>Восстановить эту резервную копию?</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="572"/>
        <source>Replace everything now in Observer with the backup from {when}?

Anything entered since then will no longer be shown. The database as it is now is kept in a separate folder first, so this can be undone.</source>
        <translation>Заменить все текущие данные Observer резервной копией от {when}?

Всё, что было введено после этого, больше не будет отображаться. Текущая база данных сначала сохраняется в отдельной папке, поэтому это действие можно отменить.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="604"/>
        <source>Observer will now close, so that no new, empty database is made in its place. Start Observer again to choose a backup.</source>
        <translation>Сейчас Observer закроется, чтобы на месте базы данных не была создана новая пустая. Запустите Observer снова, чтобы выбрать резервную копию.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="608"/>
        <source>The backup was not restored</source>
        <translation>Резервная копия не восстановлена</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="600"/>
        <source>Observer could not restore the backup from {when}:
{problem}</source>
        <translation>Не удалось восстановить резервную копию от {when}:
{problem}</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="590"/>
        <source>Restored the backup from {when}. The database as it was before is kept in {kept}.</source>
        <translation>Резервная копия от {when} восстановлена. Прежняя база данных сохранена в {kept}.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../src/observer/gui/commands.py" line="65"/>
        <source>Add {name}</source>
        <translation>добавление: {name}</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/commands.py" line="85"/>
        <source>Edit {name}</source>
        <translation>изменение: {name}</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/commands.py" line="101"/>
        <source>Delete {name}</source>
        <translation>удаление: {name}</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../src/observer/gui/home_page.py" line="54"/>
        <source>Welcome to Observer</source>
        <translation>Добро пожаловать в Observer</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/home_page.py" line="57"/>
        <source>Plan and record lesson observations, give feedback linked to evidence, and follow each mentee&apos;s development targets — all on this computer.</source>
        <translation>Планируйте и записывайте наблюдения уроков, давайте обратную связь с опорой на факты и следите за целями развития каждого наставляемого — всё на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/home_page.py" line="67"/>
        <source>Start with demo data</source>
        <translation>Начать с демо-данных</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/home_page.py" line="68"/>
        <source>Add your first mentee</source>
        <translation>Добавить первого наставляемого</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/home_page.py" line="76"/>
        <source>Demo data is a made-up school for exploring; keep real records in their own database.</source>
        <translation>Демо-данные — это вымышленная школа для знакомства с программой; настоящие записи храните в отдельной базе данных.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/home_page.py" line="138"/>
        <source>{when} — {mentee}, {subject} {cls} ({state})</source>
        <translation>{when} — {mentee}, {subject} {cls} ({state})</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/home_page.py" line="158"/>
        <source>Mentees</source>
        <translation>Наставляемые</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/home_page.py" line="159"/>
        <source>Observations</source>
        <translation>Наблюдения уроков</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/home_page.py" line="160"/>
        <source>Active targets</source>
        <translation>Активные цели развития</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/home_page.py" line="162"/>
        <source>Planned in the next 7 days</source>
        <translation>Запланировано на ближайшие 7 дней</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/home_page.py" line="162"/>
        <source>Nothing planned for the coming week.</source>
        <translation>На ближайшую неделю ничего не запланировано.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/home_page.py" line="164"/>
        <source>Most recent observations</source>
        <translation>Последние наблюдения уроков</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/home_page.py" line="164"/>
        <source>None yet.</source>
        <translation>Пока нет.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/home_page.py" line="176"/>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/home_page.py" line="176"/>
        <source>Your school at a glance.</source>
        <translation>Краткая сводка по вашей школе.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="66"/>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="82"/>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="83"/>
        <source>Mentees</source>
        <translation>Наставляемые</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="84"/>
        <source>Observations</source>
        <translation>Наблюдения</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="85"/>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="86"/>
        <source>Targets</source>
        <translation>Цели развития</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="146"/>
        <source>&amp;New mentee…</source>
        <translation>&amp;Новый наставляемый…</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="148"/>
        <source>Add a mentee (Ctrl+N)</source>
        <translation>Добавить наставляемого (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="149"/>
        <source>Start with &amp;demo data</source>
        <translation>Начать с &amp;демо-данных</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="150"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Резервные копии…</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="152"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="154"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="156"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="158"/>
        <source>&amp;Edit mentee…</source>
        <translation>&amp;Изменить наставляемого…</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="160"/>
        <source>&amp;Delete mentee</source>
        <translation>&amp;Удалить наставляемого</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="169"/>
        <source>&amp;About Observer</source>
        <translation>&amp;О программе Observer</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="174"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="180"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="184"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="188"/>
        <source>Show &amp;toolbar</source>
        <translation>Показывать &amp;панель инструментов</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="190"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="194"/>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="208"/>
        <source>Database: {path}</source>
        <translation>База данных: {path}</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="208"/>
        <source>Database: server</source>
        <translation>База данных: сервер</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="240"/>
        <source>Demo data</source>
        <translation>Демо-данные</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="246"/>
        <source>Demo school ready: {people} people, {observations} observations.</source>
        <translation>Демо-школа готова: людей — {people}, наблюдений уроков — {observations}.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="253"/>
        <source>a database server</source>
        <translation>сервер базы данных</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="254"/>
        <source>&lt;h3&gt;Observer {version}&lt;/h3&gt;&lt;p&gt;Lesson observation and teacher mentoring, offline.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;&lt;p&gt;Free software under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Observer {version}&lt;/h3&gt;&lt;p&gt;Наблюдение уроков и наставничество педагогов без подключения к интернету.&lt;/p&gt;&lt;p&gt;База данных: {path}&lt;/p&gt;&lt;p&gt;Свободное программное обеспечение по лицензии MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="262"/>
        <source>About Observer</source>
        <translation>О программе Observer</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="271"/>
        <source>{people} people · {observations} observations</source>
        <translation>Людей: {people} · наблюдений: {observations}</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="318"/>
        <source>Backing up…</source>
        <translation>Создание копии…</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="323"/>
        <source>Backed up {when}</source>
        <translation>Резервная копия: {when}</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="325"/>
        <source>Backed up at {time}</source>
        <translation>Резервная копия: {time}</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="329"/>
        <source>Backup up to date</source>
        <translation>Резервная копия актуальна</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="332"/>
        <source>Observer backs up by itself when it starts, every 30 minutes while you work, and when it closes. File → Backups… lists the copies.</source>
        <translation>Observer сам создаёт резервные копии при запуске, каждые 30 минут во время работы и при закрытии. Список копий — в меню Файл → Резервные копии…</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="339"/>
        <source>⚠ Backup failed</source>
        <translation>⚠ Сбой резервного копирования</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="342"/>
        <source>The backup failed: {problem}</source>
        <translation>Не удалось создать резервную копию: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="344"/>
        <source>The automatic backup failed: {problem}</source>
        <translation>Не удалось выполнить автоматическое резервное копирование: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="353"/>
        <source>Saving a backup before closing…</source>
        <translation>Сохранение резервной копии перед закрытием…</translation>
    </message>
</context>
<context>
    <name>MenteeDialog</name>
    <message>
        <location filename="../../src/observer/gui/mentee_dialog.py" line="32"/>
        <source>Trainee teacher</source>
        <translation>Студент-практикант</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentee_dialog.py" line="33"/>
        <source>Early career teacher (year 1)</source>
        <translation>Молодой специалист (1-й год)</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentee_dialog.py" line="34"/>
        <source>Early career teacher (year 2)</source>
        <translation>Молодой специалист (2-й год)</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentee_dialog.py" line="35"/>
        <source>Experienced teacher</source>
        <translation>Опытный учитель</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentee_dialog.py" line="36"/>
        <source>Middle leader</source>
        <translation>Руководитель среднего звена</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentee_dialog.py" line="37"/>
        <source>Senior leader</source>
        <translation>Член администрации школы</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentee_dialog.py" line="73"/>
        <source>Edit mentee</source>
        <translation>Изменение данных наставляемого</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentee_dialog.py" line="73"/>
        <source>New mentee</source>
        <translation>Новый наставляемый</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentee_dialog.py" line="83"/>
        <source>Only the name is required; everything else can be added later.</source>
        <translation>Обязательно только ФИО; всё остальное можно добавить позже.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentee_dialog.py" line="143"/>
        <source>A name is required.</source>
        <translation>Укажите ФИО.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentee_dialog.py" line="163"/>
        <source>Same name</source>
        <translation>Совпадение ФИО</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentee_dialog.py" line="164"/>
        <source>There is already a mentee called {name}. Add another with the same name?</source>
        <translation>Наставляемый {name} уже есть. Добавить ещё одного человека с таким же ФИО?</translation>
    </message>
</context>
<context>
    <name>MenteeEditor</name>
    <message>
        <location filename="../../src/observer/gui/mentee_editor.py" line="65"/>
        <source>Delete mentee</source>
        <translation>Удаление наставляемого</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentee_editor.py" line="66"/>
        <source>Delete {name}? You can undo this with Edit → Undo.</source>
        <translation>Удалить {name}? Это можно отменить командой Правка → Отменить.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentee_editor.py" line="78"/>
        <source>Deleted {name}.</source>
        <translation>Удалено: {name}.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentee_editor.py" line="100"/>
        <source>Added {name}.</source>
        <translation>Добавлено: {name}.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentee_editor.py" line="114"/>
        <source>Saved {name}.</source>
        <translation>Сохранено: {name}.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentee_editor.py" line="117"/>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
</context>
<context>
    <name>MenteeForm</name>
    <message>
        <location filename="../../ui/mentee_dialog.ui" line="43"/>
        <source>Full &amp;name *</source>
        <translation>&amp;ФИО *</translation>
    </message>
    <message>
        <location filename="../../ui/mentee_dialog.ui" line="56"/>
        <source>First and last name</source>
        <translation>Фамилия, имя, отчество</translation>
    </message>
    <message>
        <location filename="../../ui/mentee_dialog.ui" line="63"/>
        <source>&amp;Role</source>
        <translation>&amp;Роль</translation>
    </message>
    <message>
        <location filename="../../ui/mentee_dialog.ui" line="76"/>
        <source>&amp;Email</source>
        <translation>&amp;Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/mentee_dialog.ui" line="86"/>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <location filename="../../ui/mentee_dialog.ui" line="93"/>
        <source>&amp;Career stage</source>
        <translation>Этап &amp;карьеры</translation>
    </message>
    <message>
        <location filename="../../ui/mentee_dialog.ui" line="110"/>
        <source>&amp;Subjects</source>
        <translation>&amp;Предметы</translation>
    </message>
    <message>
        <location filename="../../ui/mentee_dialog.ui" line="120"/>
        <source>e.g. Mathematics, Physics</source>
        <translation>например, математика, физика</translation>
    </message>
    <message>
        <location filename="../../ui/mentee_dialog.ui" line="127"/>
        <source>N&amp;otes</source>
        <translation>&amp;Заметки</translation>
    </message>
</context>
<context>
    <name>MenteesPage</name>
    <message>
        <location filename="../../src/observer/gui/mentees_page.py" line="25"/>
        <location filename="../../src/observer/gui/mentees_page.py" line="43"/>
        <source>Mentees</source>
        <translation>Наставляемые</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentees_page.py" line="26"/>
        <source>The teachers you mentor, and the mentors who observe them. Double-click a row to edit it.</source>
        <translation>Педагоги, которых вы наставляете, и наставники, наблюдающие их уроки. Чтобы изменить запись, дважды щёлкните по строке.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentees_page.py" line="30"/>
        <source>No mentees yet — add your first mentee, or load demo data from the File menu.</source>
        <translation>Наставляемых пока нет — добавьте первого или загрузите демо-данные из меню «Файл».</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentees_page.py" line="33"/>
        <source>No mentee matches “{search}”.</source>
        <translation>По запросу «{search}» наставляемых не найдено.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentees_page.py" line="34"/>
        <source>Search by name, email or subject…</source>
        <translation>Поиск по ФИО, эл. почте или предмету…</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentees_page.py" line="41"/>
        <source>Show mentees, mentors or everyone</source>
        <translation>Показать наставляемых, наставников или всех</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentees_page.py" line="44"/>
        <source>Mentors</source>
        <translation>Наставники</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentees_page.py" line="45"/>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentees_page.py" line="51"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentees_page.py" line="52"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentees_page.py" line="53"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../../src/observer/gui/models.py" line="38"/>
        <location filename="../../src/observer/gui/models.py" line="130"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="39"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="40"/>
        <source>Career stage</source>
        <translation>Этап карьеры</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="41"/>
        <source>Subjects</source>
        <translation>Предметы</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="43"/>
        <source>Observations</source>
        <translation>Наблюдения</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="49"/>
        <source>Active targets</source>
        <translation>Текущие цели</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="54"/>
        <source>Last observed</source>
        <translation>Последний урок</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="93"/>
        <source>Date &amp; time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="94"/>
        <location filename="../../src/observer/gui/models.py" line="167"/>
        <source>Mentee</source>
        <translation>Наставляемый</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="95"/>
        <source>Observer</source>
        <translation>Наблюдатель</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="96"/>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="97"/>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="98"/>
        <source>Year group</source>
        <translation>Параллель</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="100"/>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="101"/>
        <source>{name} v{version}</source>
        <translation>{name} v{version}</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="106"/>
        <source>State</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="107"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="132"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="137"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="138"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="140"/>
        <source>Criteria</source>
        <translation>Критерии</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="146"/>
        <source>In use</source>
        <translation>Используется</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="168"/>
        <source>Target</source>
        <translation>Цель развития</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="169"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="170"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="172"/>
        <source>Reviews</source>
        <translation>Проверки</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../src/observer/gui/pages.py" line="37"/>
        <source>Observations</source>
        <translation>Наблюдения уроков</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/pages.py" line="38"/>
        <source>Every observation, newest first. Click a column heading to sort.</source>
        <translation>Все наблюдения уроков, сначала новые. Чтобы отсортировать, щёлкните по заголовку столбца.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/pages.py" line="39"/>
        <source>No observations yet. Add a mentee first; planning and recording observations comes next. Demo data shows how it will look.</source>
        <translation>Наблюдений уроков пока нет. Сначала добавьте наставляемого; планирование и запись наблюдений появятся в следующих версиях. Демо-данные показывают, как это будет выглядеть.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/pages.py" line="43"/>
        <source>No observation matches “{search}”.</source>
        <translation>По запросу «{search}» наблюдений не найдено.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/pages.py" line="44"/>
        <source>Search by mentee, subject, class or focus…</source>
        <translation>Поиск по наставляемому, предмету, классу или фокусу наблюдения…</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/pages.py" line="58"/>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/pages.py" line="59"/>
        <source>Rubrics and observation protocols you score lessons against.</source>
        <translation>Рубрики оценивания и протоколы наблюдения, по которым оцениваются уроки.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/pages.py" line="60"/>
        <source>Templates arrive with demo data; a template editor is coming.</source>
        <translation>Шаблоны входят в демо-данные; редактор шаблонов появится позже.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/pages.py" line="61"/>
        <source>No template matches “{search}”.</source>
        <translation>По запросу «{search}» шаблонов не найдено.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/pages.py" line="62"/>
        <source>Search templates by name…</source>
        <translation>Поиск шаблонов по названию…</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/pages.py" line="75"/>
        <source>Targets</source>
        <translation>Цели развития</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/pages.py" line="76"/>
        <source>Development targets agreed with each mentee, and how they are going.</source>
        <translation>Цели развития, согласованные с каждым наставляемым, и ход их достижения.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/pages.py" line="77"/>
        <source>No development targets yet. Targets are agreed after an observation; demo data includes some examples.</source>
        <translation>Целей развития пока нет. Цели согласуются после наблюдения урока; в демо-данных есть примеры.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/pages.py" line="81"/>
        <source>No target matches “{search}”.</source>
        <translation>По запросу «{search}» целей развития не найдено.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/pages.py" line="82"/>
        <source>Search by mentee or target…</source>
        <translation>Поиск по наставляемому или цели развития…</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="124"/>
        <source>The file is damaged: parts of it can no longer be read. This can happen after a power cut, a full disk or a failing drive.</source>
        <translation>Файл повреждён: часть его больше не читается. Так бывает после отключения электричества, при переполненном диске или неисправном накопителе.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="128"/>
        <source>The file is empty: it holds no data at all. It may have been cut short while it was being copied or saved.</source>
        <translation>Файл пуст: в нём нет никаких данных. Возможно, его копирование или сохранение прервалось.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="132"/>
        <source>The file is not an Observer database: its beginning has been overwritten, or it is another kind of file.</source>
        <translation>Файл не является базой данных Observer: его начало перезаписано, или это файл другого типа.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="136"/>
        <source>The file is a database of another program, not Observer&apos;s own database.</source>
        <translation>Это база данных другой программы, а не Observer.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="140"/>
        <source>Observer cannot use the file.</source>
        <translation>Observer не может использовать этот файл.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="168"/>
        <source>Observer: the database needs attention</source>
        <translation>Observer: база данных требует внимания</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="176"/>
        <source>Observer cannot open your database</source>
        <translation>Observer не может открыть вашу базу данных</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="193"/>
        <source>What Observer found: {detail}</source>
        <translation>Что обнаружил Observer: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="209"/>
        <source>The newest good backup was taken on {when}. Restoring it brings back everything up to that moment.</source>
        <translation>Последняя исправная резервная копия создана {when}. Её восстановление вернёт всё, что было до этого момента.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="90"/>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="199"/>
        <source>Observer keeps this file exactly as it is. Before a backup is restored or a new database started, it is moved, unchanged, into the folder “set-aside” beside it, so nothing in it is lost.</source>
        <translation>Observer сохраняет этот файл в точности как есть. Прежде чем будет восстановлена резервная копия или создана новая база данных, файл без изменений перемещается в соседнюю папку «set-aside», так что ничего из него не потеряется.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="214"/>
        <source>No backup of this database was found. You can start again with a new, empty database; the damaged file stays in the “set-aside” folder, where a specialist may be able to rescue what it holds.</source>
        <translation>Резервных копий этой базы данных не найдено. Можно начать заново с новой пустой базы данных; повреждённый файл останется в папке «set-aside», где специалист, возможно, сможет восстановить его содержимое.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="226"/>
        <source>{when} · {reason} · {size}</source>
        <translation>{when} · {reason} · {size}</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="254"/>
        <source>Choose another backup…</source>
        <translation>Выбрать другую копию…</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="255"/>
        <source>Restore the chosen backup</source>
        <translation>Восстановить выбранную копию</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="256"/>
        <source>Start a new empty database</source>
        <translation>Начать с новой пустой базы данных</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="257"/>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="261"/>
        <source>Restore newest backup ({when}, {count} observations)</source>
        <translation>Восстановить последнюю копию ({when}, наблюдений: {count})</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="354"/>
        <source>Observer cannot open its database</source>
        <translation>Observer не может открыть базу данных</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="358"/>
        <source>The database
{path}

is in use by another program. Close that program (or wait until it has finished) and start Observer again.

The file is fine and has not been changed.</source>
        <translation>База данных
{path}

используется другой программой. Закройте эту программу (или дождитесь окончания её работы) и снова запустите Observer.

Файл в порядке и не был изменён.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="367"/>
        <source>Observer cannot read the database
{path}

{detail}

The file has not been changed.</source>
        <translation>Observer не может прочитать базу данных
{path}

{detail}

Файл не был изменён.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="375"/>
        <source>The database
{path}

was written by a newer version of Observer. Update Observer to open it.

The file has not been changed.</source>
        <translation>База данных
{path}

создана более новой версией Observer. Чтобы открыть её, обновите Observer.

Файл не был изменён.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="387"/>
        <source>The file
{path}

{problem}

Observer has never backed up a database at this place, so this may be another program&apos;s file. Observer leaves it exactly as it is. Choose another database file, or move this one away and start Observer again.</source>
        <translation>Файл
{path}

{problem}

Observer никогда не создавал резервных копий базы данных в этом месте, поэтому, возможно, это файл другой программы. Observer оставляет его в точности как есть. Выберите другой файл базы данных или переместите этот и снова запустите Observer.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="423"/>
        <source>Observer cannot move the damaged file</source>
        <translation>Observer не может переместить повреждённый файл</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="424"/>
        <source>The damaged database
{path}

could not be moved aside: {error}

Nothing has been changed.</source>
        <translation>Повреждённую базу данных
{path}

не удалось переместить: {error}

Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="431"/>
        <source>Started a new, empty database. The damaged file was kept unchanged in {kept}.</source>
        <translation>Создана новая пустая база данных. Повреждённый файл без изменений сохранён в {kept}.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="438"/>
        <source>Restoring the backup from {when}…</source>
        <translation>Восстановление резервной копии от {when}…</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="446"/>
        <source>Observer could not restore the backup</source>
        <translation>Не удалось восстановить резервную копию</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="447"/>
        <source>The backup
{backup}

could not be restored: {error}

The damaged database is unchanged, in
{kept}</source>
        <translation>Резервную копию
{backup}

не удалось восстановить: {error}

Повреждённая база данных не изменена и находится в
{kept}</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="453"/>
        <source>Restored the backup from {when}. The damaged file was kept unchanged in {kept}.</source>
        <translation>Резервная копия от {when} восстановлена. Повреждённый файл без изменений сохранён в {kept}.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../src/observer/gui/formatting.py" line="42"/>
        <source>Mentee</source>
        <translation>Наставляемый</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/formatting.py" line="42"/>
        <source>Mentor</source>
        <translation>Наставник</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/formatting.py" line="47"/>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/formatting.py" line="48"/>
        <source>Live</source>
        <translation>Идёт</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/formatting.py" line="49"/>
        <source>In review</source>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/formatting.py" line="50"/>
        <source>Feedback released</source>
        <translation>Обратная связь передана</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/formatting.py" line="51"/>
        <source>Mentee responded</source>
        <translation>Получен ответ</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/formatting.py" line="52"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/formatting.py" line="58"/>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/formatting.py" line="59"/>
        <source>Achieved</source>
        <translation>Достигнута</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/formatting.py" line="60"/>
        <source>Carried over</source>
        <translation>Перенесена</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/formatting.py" line="61"/>
        <source>Dropped</source>
        <translation>Снята</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/formatting.py" line="67"/>
        <source>Rubric</source>
        <translation>Рубрика</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/formatting.py" line="68"/>
        <source>Ungraded</source>
        <translation>Без оценки</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/formatting.py" line="69"/>
        <source>Interval coding</source>
        <translation>Интервальное кодирование</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="1"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="2"/>
        <source>Welsh</source>
        <translation>Валлийский</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="3"/>
        <source>Irish</source>
        <translation>Ирландский</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="4"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="5"/>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="6"/>
        <source>Uzbek</source>
        <translation>Узбекский</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="7"/>
        <source>Kyrgyz</source>
        <translation>Киргизский</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="8"/>
        <source>Tajik</source>
        <translation>Таджикский</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="9"/>
        <source>Turkmen</source>
        <translation>Туркменский</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="10"/>
        <source>Azerbaijani</source>
        <translation>Азербайджанский</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="11"/>
        <source>Ukrainian</source>
        <translation>Украинский</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="12"/>
        <source>Belarusian</source>
        <translation>Белорусский</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="13"/>
        <source>German</source>
        <translation>Немецкий</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="14"/>
        <source>French</source>
        <translation>Французский</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="15"/>
        <source>Spanish</source>
        <translation>Испанский</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="16"/>
        <source>Italian</source>
        <translation>Итальянский</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="17"/>
        <source>Portuguese</source>
        <translation>Португальский</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="18"/>
        <source>Dutch</source>
        <translation>Нидерландский</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="19"/>
        <source>Polish</source>
        <translation>Польский</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="20"/>
        <source>Czech</source>
        <translation>Чешский</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="21"/>
        <source>Romanian</source>
        <translation>Румынский</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="22"/>
        <source>Greek</source>
        <translation>Греческий</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="23"/>
        <source>Turkish</source>
        <translation>Турецкий</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="24"/>
        <source>Arabic</source>
        <translation>Арабский</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="25"/>
        <source>Chinese</source>
        <translation>Китайский</translation>
    </message>
</context>
</TS>
