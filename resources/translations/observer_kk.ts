<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../src/observer/gui/app.py" line="72"/>
        <source>Observer is already open</source>
        <translation>Observer әлдеқашан ашық</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/app.py" line="73"/>
        <source>Observer is already open with the database
{where}

It did not come to the front. Look for its window, or wait a moment and try again.</source>
        <translation>Observer мына дерекқормен әлдеқашан ашық:
{where}

Оның терезесін алдыңғы қатарға шығару мүмкін болмады. Терезені тауып алыңыз немесе біраз күтіп, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/app.py" line="101"/>
        <source>Observer cannot open its database</source>
        <translation>Observer дерекқорды аша алмайды</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/app.py" line="102"/>
        <source>Observer could not open the database
{where}

{problem}</source>
        <translation>Observer дерекқорды аша алмады
{where}

{problem}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="75"/>
        <source>At start-up</source>
        <translation>Іске қосылғанда</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="76"/>
        <location filename="../../src/observer/gui/backups_dialog.py" line="77"/>
        <source>Automatic</source>
        <translation>Автоматты түрде</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="80"/>
        <source>On closing</source>
        <translation>Жабылғанда</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="81"/>
        <source>Backed up by hand</source>
        <translation>Қолмен жасалған</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="79"/>
        <source>Before a restore</source>
        <translation>Қалпына келтіру алдында</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="85"/>
        <source>Before an upgrade</source>
        <translation>Жаңарту алдында</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="78"/>
        <source>Before an import</source>
        <translation>Импорт алдында</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="82"/>
        <source>After a live observation</source>
        <translation>Сабақты бақылаудан кейін</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="278"/>
        <source>Only a database file can be restored from a backup.</source>
        <translation>Сақтық көшірмеден тек дерекқор файлын қалпына келтіруге болады.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="288"/>
        <source>Restoring the backup from {when}…</source>
        <translation>{when} кезіндегі сақтық көшірме қалпына келтірілуде…</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="316"/>
        <source>Taken</source>
        <translation>Жасалған уақыты</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="317"/>
        <source>Why</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="318"/>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="319"/>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="320"/>
        <source>Observations</source>
        <translation>Бақылаулар</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="321"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="322"/>
        <source>Checked</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="407"/>
        <source>✓ Verified</source>
        <translation>✓ Тексерілген</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="407"/>
        <source>Not verified</source>
        <translation>Тексерілмеген</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="427"/>
        <source>Backups</source>
        <translation>Сақтық көшірмелер</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="431"/>
        <source>Observer copies your database on its own: when it starts, every 30 minutes while you work, and when it closes. Each copy is checked before it is kept.</source>
        <translation>Observer дерекқордың көшірмесін өзі жасайды: іске қосылғанда, жұмыс кезінде әр 30 минут сайын және жабылғанда. Әр көшірме сақталмас бұрын тексеріледі.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="448"/>
        <source>No backups yet. Click “Back up now” to make the first.</source>
        <translation>Әзірге сақтық көшірмелер жоқ. Алғашқысын жасау үшін «Қазір көшірме жасау» түймесін басыңыз.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="453"/>
        <source>Back up now</source>
        <translation>Қазір көшірме жасау</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="454"/>
        <source>Restore…</source>
        <translation>Қалпына келтіру…</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="455"/>
        <source>Open backups folder</source>
        <translation>Көшірмелер қалтасын ашу</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="465"/>
        <source>Which copies to keep</source>
        <translation>Қандай көшірмелер сақталады</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="467"/>
        <source>All from the last 48 hours, then one a day for</source>
        <translation>Соңғы 48 сағаттағының бәрі, кейін күніне біреу:</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="469"/>
        <source>days, one a week for</source>
        <translation>күн, аптасына біреу:</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="471"/>
        <source>weeks and one a month for</source>
        <translation>апта, айына біреу:</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="473"/>
        <source>months.</source>
        <translation>ай.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="548"/>
        <source>Backing up…</source>
        <translation>Көшірме жасалуда…</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="554"/>
        <source>Backup saved at {when}.</source>
        <translation>Сақтық көшірме сақталды: {when}.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="557"/>
        <source>Nothing has changed since the last backup.</source>
        <translation>Соңғы көшірмеден бері ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="561"/>
        <source>The backup failed: {problem}</source>
        <translation>Сақтық көшірме жасалмады: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="571"/>
        <source>Restore this backup?</source>
        <translation>Осы сақтық көшірмені қалпына келтіру керек пе?</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="572"/>
        <source>Replace everything now in Observer with the backup from {when}?

Anything entered since then will no longer be shown. The database as it is now is kept in a separate folder first, so this can be undone.</source>
        <translation>Observer-дегі қазіргі барлық деректі {when} кезіндегі сақтық көшірмемен ауыстыру керек пе?

Одан кейін енгізілгендердің бәрі енді көрсетілмейді. Қазіргі дерекқор алдымен бөлек қалтада сақталады, сондықтан мұны кері қайтаруға болады.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="604"/>
        <source>Observer will now close, so that no new, empty database is made in its place. Start Observer again to choose a backup.</source>
        <translation>Орнына жаңа бос дерекқор жасалмауы үшін Observer қазір жабылады. Сақтық көшірмені таңдау үшін Observer-ді қайта іске қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="608"/>
        <source>The backup was not restored</source>
        <translation>Сақтық көшірме қалпына келтірілмеді</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="600"/>
        <source>Observer could not restore the backup from {when}:
{problem}</source>
        <translation>Observer {when} кезіндегі сақтық көшірмені қалпына келтіре алмады:
{problem}</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/backups_dialog.py" line="590"/>
        <source>Restored the backup from {when}. The database as it was before is kept in {kept}.</source>
        <translation>{when} кезіндегі сақтық көшірме қалпына келтірілді. Бұрынғы дерекқор мына жерде сақталды: {kept}.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../src/observer/gui/commands.py" line="65"/>
        <source>Add {name}</source>
        <translation>қосу: {name}</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/commands.py" line="85"/>
        <source>Edit {name}</source>
        <translation>өзгерту: {name}</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/commands.py" line="101"/>
        <source>Delete {name}</source>
        <translation>жою: {name}</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../src/observer/gui/home_page.py" line="54"/>
        <source>Welcome to Observer</source>
        <translation>Observer-ге қош келдіңіз</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/home_page.py" line="57"/>
        <source>Plan and record lesson observations, give feedback linked to evidence, and follow each mentee&apos;s development targets — all on this computer.</source>
        <translation>Сабақты бақылауды жоспарлап, жазып отырыңыз, дәлелдерге негізделген кері байланыс беріңіз және әр тәлім алушының даму мақсаттарын қадағалаңыз — барлығы осы компьютерде.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/home_page.py" line="67"/>
        <source>Start with demo data</source>
        <translation>Демо деректермен бастау</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/home_page.py" line="68"/>
        <source>Add your first mentee</source>
        <translation>Алғашқы тәлім алушыны қосу</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/home_page.py" line="76"/>
        <source>Demo data is a made-up school for exploring; keep real records in their own database.</source>
        <translation>Демо деректер — бағдарламамен танысуға арналған ойдан шығарылған мектеп; нақты жазбаларды жеке дерекқорда сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/home_page.py" line="138"/>
        <source>{when} — {mentee}, {subject} {cls} ({state})</source>
        <translation>{when} — {mentee}, {subject} {cls} ({state})</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/home_page.py" line="158"/>
        <source>Mentees</source>
        <translation>Тәлім алушылар</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/home_page.py" line="159"/>
        <source>Observations</source>
        <translation>Сабақ бақылаулары</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/home_page.py" line="160"/>
        <source>Active targets</source>
        <translation>Белсенді даму мақсаттары</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/home_page.py" line="162"/>
        <source>Planned in the next 7 days</source>
        <translation>Алдағы 7 күнге жоспарланған</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/home_page.py" line="162"/>
        <source>Nothing planned for the coming week.</source>
        <translation>Алдағы аптаға ештеңе жоспарланбаған.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/home_page.py" line="164"/>
        <source>Most recent observations</source>
        <translation>Соңғы сабақ бақылаулары</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/home_page.py" line="164"/>
        <source>None yet.</source>
        <translation>Әзірге жоқ.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/home_page.py" line="176"/>
        <source>Home</source>
        <translation>Басты бет</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/home_page.py" line="176"/>
        <source>Your school at a glance.</source>
        <translation>Мектебіңіз туралы қысқаша шолу.</translation>
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
        <translation>Басты бет</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="83"/>
        <source>Mentees</source>
        <translation>Тәлім алушылар</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="84"/>
        <source>Observations</source>
        <translation>Бақылаулар</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="85"/>
        <source>Templates</source>
        <translation>Үлгілер</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="86"/>
        <source>Targets</source>
        <translation>Мақсаттар</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="146"/>
        <source>&amp;New mentee…</source>
        <translation>&amp;Жаңа тәлім алушы…</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="148"/>
        <source>Add a mentee (Ctrl+N)</source>
        <translation>Тәлім алушы қосу (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="149"/>
        <source>Start with &amp;demo data</source>
        <translation>&amp;Демо деректермен бастау</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="150"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Сақтық көшірмелер…</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="152"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="154"/>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="156"/>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="158"/>
        <source>&amp;Edit mentee…</source>
        <translation>Тәлім алушыны &amp;өңдеу…</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="160"/>
        <source>&amp;Delete mentee</source>
        <translation>Тәлім алушыны &amp;жою</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="169"/>
        <source>&amp;About Observer</source>
        <translation>Observer &amp;туралы</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="174"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="180"/>
        <source>&amp;Edit</source>
        <translation>&amp;Түзету</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="184"/>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="188"/>
        <source>Show &amp;toolbar</source>
        <translation>Құралдар &amp;тақтасын көрсету</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="190"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="194"/>
        <source>Main</source>
        <translation>Негізгі</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="208"/>
        <source>Database: {path}</source>
        <translation>Дерекқор: {path}</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="208"/>
        <source>Database: server</source>
        <translation>Дерекқор: сервер</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="240"/>
        <source>Demo data</source>
        <translation>Демо деректер</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="246"/>
        <source>Demo school ready: {people} people, {observations} observations.</source>
        <translation>Демо мектеп дайын: {people} адам, {observations} сабақ бақылауы.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="253"/>
        <source>a database server</source>
        <translation>дерекқор сервері</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="254"/>
        <source>&lt;h3&gt;Observer {version}&lt;/h3&gt;&lt;p&gt;Lesson observation and teacher mentoring, offline.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;&lt;p&gt;Free software under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Observer {version}&lt;/h3&gt;&lt;p&gt;Сабақты бақылау және педагогтерге тәлімгерлік — интернетсіз.&lt;/p&gt;&lt;p&gt;Дерекқор: {path}&lt;/p&gt;&lt;p&gt;MIT лицензиясы бойынша таратылатын еркін бағдарламалық жасақтама.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="262"/>
        <source>About Observer</source>
        <translation>Observer туралы</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="271"/>
        <source>{people} people · {observations} observations</source>
        <translation>{people} адам · {observations} бақылау</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="318"/>
        <source>Backing up…</source>
        <translation>Көшірме жасалуда…</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="323"/>
        <source>Backed up {when}</source>
        <translation>Көшірме жасалды: {when}</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="325"/>
        <source>Backed up at {time}</source>
        <translation>Көшірме жасалды: {time}</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="329"/>
        <source>Backup up to date</source>
        <translation>Сақтық көшірме өзекті</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="332"/>
        <source>Observer backs up by itself when it starts, every 30 minutes while you work, and when it closes. File → Backups… lists the copies.</source>
        <translation>Observer сақтық көшірмені өзі жасайды: іске қосылғанда, жұмыс кезінде әр 30 минут сайын және жабылғанда. Көшірмелер тізімі: Файл → Сақтық көшірмелер…</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="339"/>
        <source>⚠ Backup failed</source>
        <translation>⚠ Көшірме жасалмады</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="342"/>
        <source>The backup failed: {problem}</source>
        <translation>Сақтық көшірме жасалмады: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="344"/>
        <source>The automatic backup failed: {problem}</source>
        <translation>Автоматты сақтық көшірме жасалмады: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/main_window.py" line="353"/>
        <source>Saving a backup before closing…</source>
        <translation>Жабу алдында сақтық көшірме сақталуда…</translation>
    </message>
</context>
<context>
    <name>MenteeDialog</name>
    <message>
        <location filename="../../src/observer/gui/mentee_dialog.py" line="32"/>
        <source>Trainee teacher</source>
        <translation>Практикадан өтуші студент</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentee_dialog.py" line="33"/>
        <source>Early career teacher (year 1)</source>
        <translation>Жас маман (1-жыл)</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentee_dialog.py" line="34"/>
        <source>Early career teacher (year 2)</source>
        <translation>Жас маман (2-жыл)</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentee_dialog.py" line="35"/>
        <source>Experienced teacher</source>
        <translation>Тәжірибелі мұғалім</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentee_dialog.py" line="36"/>
        <source>Middle leader</source>
        <translation>Орта буын басшысы</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentee_dialog.py" line="37"/>
        <source>Senior leader</source>
        <translation>Мектеп әкімшілігінің мүшесі</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentee_dialog.py" line="73"/>
        <source>Edit mentee</source>
        <translation>Тәлім алушыны өңдеу</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentee_dialog.py" line="73"/>
        <source>New mentee</source>
        <translation>Жаңа тәлім алушы</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentee_dialog.py" line="83"/>
        <source>Only the name is required; everything else can be added later.</source>
        <translation>Тек аты-жөні міндетті; қалғанын кейін қосуға болады.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentee_dialog.py" line="143"/>
        <source>A name is required.</source>
        <translation>Аты-жөнін енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentee_dialog.py" line="163"/>
        <source>Same name</source>
        <translation>Аттас адам</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentee_dialog.py" line="164"/>
        <source>There is already a mentee called {name}. Add another with the same name?</source>
        <translation>{name} есімді тәлім алушы бұрыннан бар. Дәл осындай аты-жөнімен тағы біреуін қосасыз ба?</translation>
    </message>
</context>
<context>
    <name>MenteeEditor</name>
    <message>
        <location filename="../../src/observer/gui/mentee_editor.py" line="65"/>
        <source>Delete mentee</source>
        <translation>Тәлім алушыны жою</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentee_editor.py" line="66"/>
        <source>Delete {name}? You can undo this with Edit → Undo.</source>
        <translation>{name} жойылсын ба? Мұны Түзету → Болдырмау арқылы қайтаруға болады.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentee_editor.py" line="78"/>
        <source>Deleted {name}.</source>
        <translation>Жойылды: {name}.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentee_editor.py" line="100"/>
        <source>Added {name}.</source>
        <translation>Қосылды: {name}.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentee_editor.py" line="114"/>
        <source>Saved {name}.</source>
        <translation>Сақталды: {name}.</translation>
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
        <translation>&amp;Аты-жөні *</translation>
    </message>
    <message>
        <location filename="../../ui/mentee_dialog.ui" line="56"/>
        <source>First and last name</source>
        <translation>Тегі, аты, әкесінің аты</translation>
    </message>
    <message>
        <location filename="../../ui/mentee_dialog.ui" line="63"/>
        <source>&amp;Role</source>
        <translation>&amp;Рөлі</translation>
    </message>
    <message>
        <location filename="../../ui/mentee_dialog.ui" line="76"/>
        <source>&amp;Email</source>
        <translation>&amp;Эл. пошта</translation>
    </message>
    <message>
        <location filename="../../ui/mentee_dialog.ui" line="86"/>
        <source>optional</source>
        <translation>міндетті емес</translation>
    </message>
    <message>
        <location filename="../../ui/mentee_dialog.ui" line="93"/>
        <source>&amp;Career stage</source>
        <translation>&amp;Мансап кезеңі</translation>
    </message>
    <message>
        <location filename="../../ui/mentee_dialog.ui" line="110"/>
        <source>&amp;Subjects</source>
        <translation>&amp;Пәндер</translation>
    </message>
    <message>
        <location filename="../../ui/mentee_dialog.ui" line="120"/>
        <source>e.g. Mathematics, Physics</source>
        <translation>мысалы, математика, физика</translation>
    </message>
    <message>
        <location filename="../../ui/mentee_dialog.ui" line="127"/>
        <source>N&amp;otes</source>
        <translation>&amp;Ескертпелер</translation>
    </message>
</context>
<context>
    <name>MenteesPage</name>
    <message>
        <location filename="../../src/observer/gui/mentees_page.py" line="25"/>
        <location filename="../../src/observer/gui/mentees_page.py" line="43"/>
        <source>Mentees</source>
        <translation>Тәлім алушылар</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentees_page.py" line="26"/>
        <source>The teachers you mentor, and the mentors who observe them. Double-click a row to edit it.</source>
        <translation>Сіз тәлімгерлік ететін мұғалімдер және олардың сабақтарын бақылайтын тәлімгерлер. Жазбаны өзгерту үшін жолды екі рет басыңыз.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentees_page.py" line="30"/>
        <source>No mentees yet — add your first mentee, or load demo data from the File menu.</source>
        <translation>Әзірге тәлім алушылар жоқ — алғашқысын қосыңыз немесе «Файл» мәзірінен демо деректерді жүктеңіз.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentees_page.py" line="33"/>
        <source>No mentee matches “{search}”.</source>
        <translation>«{search}» сұрауы бойынша тәлім алушы табылмады.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentees_page.py" line="34"/>
        <source>Search by name, email or subject…</source>
        <translation>Аты-жөні, эл. поштасы немесе пәні бойынша іздеу…</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentees_page.py" line="41"/>
        <source>Show mentees, mentors or everyone</source>
        <translation>Тәлім алушыларды, тәлімгерлерді немесе барлығын көрсету</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentees_page.py" line="44"/>
        <source>Mentors</source>
        <translation>Тәлімгерлер</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentees_page.py" line="45"/>
        <source>Everyone</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentees_page.py" line="51"/>
        <source>Add…</source>
        <translation>Қосу…</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentees_page.py" line="52"/>
        <source>Edit…</source>
        <translation>Өңдеу…</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/mentees_page.py" line="53"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../../src/observer/gui/models.py" line="38"/>
        <location filename="../../src/observer/gui/models.py" line="130"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="39"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="40"/>
        <source>Career stage</source>
        <translation>Мансап кезеңі</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="41"/>
        <source>Subjects</source>
        <translation>Пәндер</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="43"/>
        <source>Observations</source>
        <translation>Бақылаулар</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="49"/>
        <source>Active targets</source>
        <translation>Мақсаттар</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="54"/>
        <source>Last observed</source>
        <translation>Соңғы бақылау</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="93"/>
        <source>Date &amp; time</source>
        <translation>Күні мен уақыты</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="94"/>
        <location filename="../../src/observer/gui/models.py" line="167"/>
        <source>Mentee</source>
        <translation>Тәлім алушы</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="95"/>
        <source>Observer</source>
        <translation>Бақылаушы</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="96"/>
        <source>Subject</source>
        <translation>Пән</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="97"/>
        <source>Class</source>
        <translation>Сынып</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="98"/>
        <source>Year group</source>
        <translation>Параллель</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="100"/>
        <source>Template</source>
        <translation>Үлгі</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="101"/>
        <source>{name} v{version}</source>
        <translation>{name} v{version}</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="106"/>
        <source>State</source>
        <translation>Кезеңі</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="107"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="132"/>
        <source>Version</source>
        <translation>Нұсқа</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="137"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="138"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="140"/>
        <source>Criteria</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="146"/>
        <source>In use</source>
        <translation>Қолданыста</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="168"/>
        <source>Target</source>
        <translation>Даму мақсаты</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="169"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="170"/>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/models.py" line="172"/>
        <source>Reviews</source>
        <translation>Тексеру</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../src/observer/gui/pages.py" line="37"/>
        <source>Observations</source>
        <translation>Сабақ бақылаулары</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/pages.py" line="38"/>
        <source>Every observation, newest first. Click a column heading to sort.</source>
        <translation>Барлық сабақ бақылаулары, ең жаңасы басында. Сұрыптау үшін баған тақырыбын басыңыз.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/pages.py" line="39"/>
        <source>No observations yet. Add a mentee first; planning and recording observations comes next. Demo data shows how it will look.</source>
        <translation>Әзірге сабақ бақылаулары жоқ. Алдымен тәлім алушыны қосыңыз; бақылауларды жоспарлау мен жазу келесі нұсқаларда қосылады. Демо деректер мұның қалай көрінетінін көрсетеді.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/pages.py" line="43"/>
        <source>No observation matches “{search}”.</source>
        <translation>«{search}» сұрауы бойынша бақылау табылмады.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/pages.py" line="44"/>
        <source>Search by mentee, subject, class or focus…</source>
        <translation>Тәлім алушы, пән, сынып немесе бақылау фокусы бойынша іздеу…</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/pages.py" line="58"/>
        <source>Templates</source>
        <translation>Үлгілер</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/pages.py" line="59"/>
        <source>Rubrics and observation protocols you score lessons against.</source>
        <translation>Сабақтарды бағалауға арналған рубрикалар мен бақылау хаттамалары.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/pages.py" line="60"/>
        <source>Templates arrive with demo data; a template editor is coming.</source>
        <translation>Үлгілер демо деректермен бірге келеді; үлгі редакторы кейін қосылады.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/pages.py" line="61"/>
        <source>No template matches “{search}”.</source>
        <translation>«{search}» сұрауы бойынша үлгі табылмады.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/pages.py" line="62"/>
        <source>Search templates by name…</source>
        <translation>Үлгілерді атауы бойынша іздеу…</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/pages.py" line="75"/>
        <source>Targets</source>
        <translation>Даму мақсаттары</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/pages.py" line="76"/>
        <source>Development targets agreed with each mentee, and how they are going.</source>
        <translation>Әр тәлім алушымен келісілген даму мақсаттары және олардың орындалу барысы.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/pages.py" line="77"/>
        <source>No development targets yet. Targets are agreed after an observation; demo data includes some examples.</source>
        <translation>Әзірге даму мақсаттары жоқ. Мақсаттар сабақты бақылаудан кейін келісіледі; демо деректерде мысалдар бар.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/pages.py" line="81"/>
        <source>No target matches “{search}”.</source>
        <translation>«{search}» сұрауы бойынша даму мақсаты табылмады.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/pages.py" line="82"/>
        <source>Search by mentee or target…</source>
        <translation>Тәлім алушы немесе даму мақсаты бойынша іздеу…</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="124"/>
        <source>The file is damaged: parts of it can no longer be read. This can happen after a power cut, a full disk or a failing drive.</source>
        <translation>Файл зақымдалған: оның кейбір бөліктерін енді оқу мүмкін емес. Бұл электр қуаты өшкенде, диск толып қалғанда немесе жинақтауыш ақаулы болғанда болуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="128"/>
        <source>The file is empty: it holds no data at all. It may have been cut short while it was being copied or saved.</source>
        <translation>Файл бос: онда ешқандай дерек жоқ. Оны көшіру не сақтау кезінде үзіліс болған болуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="132"/>
        <source>The file is not an Observer database: its beginning has been overwritten, or it is another kind of file.</source>
        <translation>Файл Observer дерекқоры емес: оның басы қайта жазылған немесе бұл басқа түрдегі файл.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="136"/>
        <source>The file is a database of another program, not Observer&apos;s own database.</source>
        <translation>Бұл Observer-дің емес, басқа бағдарламаның дерекқоры.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="140"/>
        <source>Observer cannot use the file.</source>
        <translation>Observer бұл файлды пайдалана алмайды.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="168"/>
        <source>Observer: the database needs attention</source>
        <translation>Observer: дерекқорға назар аудару қажет</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="176"/>
        <source>Observer cannot open your database</source>
        <translation>Observer дерекқорыңызды аша алмайды</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="193"/>
        <source>What Observer found: {detail}</source>
        <translation>Observer анықтаған жағдай: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="209"/>
        <source>The newest good backup was taken on {when}. Restoring it brings back everything up to that moment.</source>
        <translation>Соңғы жарамды сақтық көшірме {when} жасалған. Оны қалпына келтірсеңіз, сол сәтке дейінгі барлық дерек қайтарылады.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="90"/>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="199"/>
        <source>Observer keeps this file exactly as it is. Before a backup is restored or a new database started, it is moved, unchanged, into the folder “set-aside” beside it, so nothing in it is lost.</source>
        <translation>Observer бұл файлды сол күйінде сақтайды. Сақтық көшірме қалпына келтірілмес немесе жаңа дерекқор құрылмас бұрын ол еш өзгеріссіз қасындағы «set-aside» қалтасына жылжытылады, сондықтан ондағы ештеңе жоғалмайды.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="214"/>
        <source>No backup of this database was found. You can start again with a new, empty database; the damaged file stays in the “set-aside” folder, where a specialist may be able to rescue what it holds.</source>
        <translation>Бұл дерекқордың сақтық көшірмесі табылмады. Жаңа бос дерекқормен қайта бастауға болады; зақымдалған файл «set-aside» қалтасында қалады, маман ондағы деректі қалпына келтіре алуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="226"/>
        <source>{when} · {reason} · {size}</source>
        <translation>{when} · {reason} · {size}</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="254"/>
        <source>Choose another backup…</source>
        <translation>Басқа көшірмені таңдау…</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="255"/>
        <source>Restore the chosen backup</source>
        <translation>Таңдалған көшірмені қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="256"/>
        <source>Start a new empty database</source>
        <translation>Жаңа бос дерекқор бастау</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="257"/>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="261"/>
        <source>Restore newest backup ({when}, {count} observations)</source>
        <translation>Соңғы көшірмені қалпына келтіру ({when}, {count} бақылау)</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="354"/>
        <source>Observer cannot open its database</source>
        <translation>Observer дерекқорды аша алмайды</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="358"/>
        <source>The database
{path}

is in use by another program. Close that program (or wait until it has finished) and start Observer again.

The file is fine and has not been changed.</source>
        <translation>Дерекқор
{path}

басқа бағдарламада пайдаланылуда. Сол бағдарламаны жабыңыз (немесе оның жұмысы аяқталғанша күтіңіз) да, Observer-ді қайта іске қосыңыз.

Файл дұрыс, ол өзгертілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="367"/>
        <source>Observer cannot read the database
{path}

{detail}

The file has not been changed.</source>
        <translation>Observer дерекқорды оқи алмайды
{path}

{detail}

Файл өзгертілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="375"/>
        <source>The database
{path}

was written by a newer version of Observer. Update Observer to open it.

The file has not been changed.</source>
        <translation>Дерекқор
{path}

Observer-дің жаңарақ нұсқасымен жазылған. Оны ашу үшін Observer-ді жаңартыңыз.

Файл өзгертілген жоқ.</translation>
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

Observer бұл жерде ешқашан дерекқордың сақтық көшірмесін жасаған емес, сондықтан бұл басқа бағдарламаның файлы болуы мүмкін. Observer оны сол күйінде қалдырады. Басқа дерекқор файлын таңдаңыз немесе бұл файлды басқа жерге жылжытып, Observer-ді қайта іске қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="423"/>
        <source>Observer cannot move the damaged file</source>
        <translation>Observer зақымдалған файлды жылжыта алмайды</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="424"/>
        <source>The damaged database
{path}

could not be moved aside: {error}

Nothing has been changed.</source>
        <translation>Зақымдалған дерекқорды
{path}

басқа жерге жылжыту мүмкін болмады: {error}

Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="431"/>
        <source>Started a new, empty database. The damaged file was kept unchanged in {kept}.</source>
        <translation>Жаңа бос дерекқор басталды. Зақымдалған файл өзгеріссіз мына жерде сақталды: {kept}.</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="438"/>
        <source>Restoring the backup from {when}…</source>
        <translation>{when} кезіндегі сақтық көшірме қалпына келтірілуде…</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="446"/>
        <source>Observer could not restore the backup</source>
        <translation>Observer сақтық көшірмені қалпына келтіре алмады</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="447"/>
        <source>The backup
{backup}

could not be restored: {error}

The damaged database is unchanged, in
{kept}</source>
        <translation>Сақтық көшірме
{backup}

қалпына келтірілмеді: {error}

Зақымдалған дерекқор өзгертілмеген, ол мына жерде:
{kept}</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/recovery_dialog.py" line="453"/>
        <source>Restored the backup from {when}. The damaged file was kept unchanged in {kept}.</source>
        <translation>{when} кезіндегі сақтық көшірме қалпына келтірілді. Зақымдалған файл өзгеріссіз мына жерде сақталды: {kept}.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../src/observer/gui/formatting.py" line="42"/>
        <source>Mentee</source>
        <translation>Тәлім алушы</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/formatting.py" line="42"/>
        <source>Mentor</source>
        <translation>Тәлімгер</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/formatting.py" line="47"/>
        <source>Planned</source>
        <translation>Жоспарланған</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/formatting.py" line="48"/>
        <source>Live</source>
        <translation>Жүріп жатыр</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/formatting.py" line="49"/>
        <source>In review</source>
        <translation>Қаралуда</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/formatting.py" line="50"/>
        <source>Feedback released</source>
        <translation>Кері байланыс берілді</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/formatting.py" line="51"/>
        <source>Mentee responded</source>
        <translation>Жауап алынды</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/formatting.py" line="52"/>
        <source>Closed</source>
        <translation>Жабылды</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/formatting.py" line="58"/>
        <source>Active</source>
        <translation>Белсенді</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/formatting.py" line="59"/>
        <source>Achieved</source>
        <translation>Қол жеткізілді</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/formatting.py" line="60"/>
        <source>Carried over</source>
        <translation>Ауыстырылды</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/formatting.py" line="61"/>
        <source>Dropped</source>
        <translation>Тоқтатылды</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/formatting.py" line="67"/>
        <source>Rubric</source>
        <translation>Рубрика</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/formatting.py" line="68"/>
        <source>Ungraded</source>
        <translation>Бағасыз</translation>
    </message>
    <message>
        <location filename="../../src/observer/gui/formatting.py" line="69"/>
        <source>Interval coding</source>
        <translation>Интервалдық кодтау</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="1"/>
        <source>English</source>
        <translation>Ағылшын тілі</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="2"/>
        <source>Welsh</source>
        <translation>Уэльс тілі</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="3"/>
        <source>Irish</source>
        <translation>Ирланд тілі</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="4"/>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="5"/>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="6"/>
        <source>Uzbek</source>
        <translation>Өзбек тілі</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="7"/>
        <source>Kyrgyz</source>
        <translation>Қырғыз тілі</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="8"/>
        <source>Tajik</source>
        <translation>Тәжік тілі</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="9"/>
        <source>Turkmen</source>
        <translation>Түрікмен тілі</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="10"/>
        <source>Azerbaijani</source>
        <translation>Әзербайжан тілі</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="11"/>
        <source>Ukrainian</source>
        <translation>Украин тілі</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="12"/>
        <source>Belarusian</source>
        <translation>Беларусь тілі</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="13"/>
        <source>German</source>
        <translation>Неміс тілі</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="14"/>
        <source>French</source>
        <translation>Француз тілі</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="15"/>
        <source>Spanish</source>
        <translation>Испан тілі</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="16"/>
        <source>Italian</source>
        <translation>Итальян тілі</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="17"/>
        <source>Portuguese</source>
        <translation>Португал тілі</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="18"/>
        <source>Dutch</source>
        <translation>Нидерланд тілі</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="19"/>
        <source>Polish</source>
        <translation>Поляк тілі</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="20"/>
        <source>Czech</source>
        <translation>Чех тілі</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="21"/>
        <source>Romanian</source>
        <translation>Румын тілі</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="22"/>
        <source>Greek</source>
        <translation>Грек тілі</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="23"/>
        <source>Turkish</source>
        <translation>Түрік тілі</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="24"/>
        <source>Arabic</source>
        <translation>Араб тілі</translation>
    </message>
    <message>
        <location filename="runtime_strings.py" line="25"/>
        <source>Chinese</source>
        <translation>Қытай тілі</translation>
    </message>
</context>
</TS>
