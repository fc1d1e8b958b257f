"""Words for the demo school: names, subjects, note sentences and demo templates.

The demo templates are the app's own short wording, written for the demo; the
built-in template library ships separately as resource files.
"""

from __future__ import annotations

# Names by language and gender: Russian surnames and Kazakh patronymic surnames
# agree with the first name ("Анна Иванова", "Әсел Нұрланқызы").
FEMALE_NAMES = {
    "en": ["Amelia", "Isla", "Ava", "Mia", "Grace", "Sophie", "Chloe", "Ella"],
    "ru": ["Анна", "Мария", "Елена", "Ольга", "Татьяна", "Наталья"],
    "kk": ["Айгүл", "Әсел", "Гүлнар", "Жанар", "Дана", "Меруерт"],
}
MALE_NAMES = {
    "en": ["Oliver", "George", "Harry", "Jack", "Noah", "Leo", "Arthur", "Oscar"],
    "ru": ["Дмитрий", "Алексей", "Сергей", "Иван", "Михаил", "Андрей"],
    "kk": ["Нұрлан", "Қайрат", "Ерлан", "Асқар", "Бауыржан", "Ұлан"],
}
# (female form, male form)
SURNAMES = {
    "en": [
        (name, name)
        for name in [
            "Smith",
            "Jones",
            "Taylor",
            "Brown",
            "Williams",
            "Wilson",
            "Johnson",
            "Davies",
            "Patel",
            "Robinson",
            "Wright",
            "Thompson",
            "Evans",
            "Walker",
            "O'Neill",
            "Hughes",
        ]
    ],
    "ru": [
        ("Иванова", "Иванов"),
        ("Смирнова", "Смирнов"),
        ("Кузнецова", "Кузнецов"),
        ("Попова", "Попов"),
        ("Волкова", "Волков"),
        ("Соколова", "Соколов"),
        ("Лебедева", "Лебедев"),
        ("Козлова", "Козлов"),
        ("Новикова", "Новиков"),
        ("Морозова", "Морозов"),
    ],
    "kk": [
        ("Нұрланқызы", "Нұрланұлы"),
        ("Сейітова", "Сейітов"),
        ("Әбдірахманова", "Әбдірахманов"),
        ("Жұмабаева", "Жұмабаев"),
        ("Қасымова", "Қасымов"),
        ("Оспанова", "Оспанов"),
        ("Төлеуова", "Төлеуов"),
        ("Ахметова", "Ахметов"),
        ("Серікқызы", "Серікұлы"),
        ("Байжанова", "Байжанов"),
    ],
}
CAREER_STAGES = [
    "ECT year 1",
    "ECT year 2",
    "Trainee",
    "Experienced teacher",
    "Lead practitioner candidate",
    "Returning teacher",
]
# Subjects as each school names them.
SUBJECTS = {
    "en": [
        "Mathematics",
        "English",
        "Science",
        "History",
        "Geography",
        "Computing",
        "Physics",
        "Chemistry",
        "Biology",
        "French",
        "Art",
        "Music",
        "PE",
    ],
    "ru": ["Математика", "Русский язык", "Литература", "История", "Физика", "Химия", "Биология"],
    "kk": ["Математика", "Қазақ тілі", "Қазақ әдебиеті", "Тарих", "Физика", "Информатика"],
}
# Year groups and the class letters schools use with them, by language.
YEAR_GROUPS = {
    "en": ([f"Year {n}" for n in range(7, 14)], "ABCDXY"),
    "ru": ([f"{n} класс" for n in range(5, 12)], "АБВГ"),
    "kk": ([f"{n} сынып" for n in range(5, 12)], "АӘБВ"),
}
FOCUSES = [
    "Questioning to check understanding",
    "Behaviour routines at the start of the lesson",
    "Modelling and worked examples",
    "Adaptive teaching for pupils with SEND",
    "Use of retrieval practice",
    "Pace and transitions",
    "Проверка понимания через вопросы",
    "Сабақтың басында тәртіп",
]
NOTE_SENTENCES = {
    "en": [
        "Clear learning objective shared and referred back to.",
        "Cold calling used: six pupils answered, all accurate.",
        "Worked example modelled step by step on the board.",
        "Two pupils off task at the back during independent work.",
        "Mini-whiteboards: 24/28 correct on the hinge question.",
        "Transition to group work took over 3 minutes.",
        "Praise was specific & linked to effort.",
        "Pupil asked: 'why does the denominator stay the same?'",
        "Teacher circulated and gave individual feedback.",
        "Retrieval quiz at the start: 5 questions on last week's topic.",
        "Key vocabulary <displayed> on the slide and drilled chorally.",
        "Exit ticket used to check understanding of the main idea.",
        "Instructions given twice; several pupils still unsure what to do.",
        "Good use of think-pair-share before whole-class discussion.",
        "Pupil with SEND supported with a scaffolded worksheet.",
    ],
    "ru": [
        "Цель урока сформулирована чётко и понятна ученикам.",
        "Учитель задаёт открытые вопросы, отвечают многие ученики.",
        "Переход к групповой работе занял слишком много времени.",
        "Хорошая обратная связь по ходу самостоятельной работы.",
        "Двое учеников отвлекаются в конце урока.",
    ],
    "kk": [
        "Сабақтың мақсаты анық айтылды.",
        "Мұғалім оқушылардың түсінігін сұрақтар арқылы тексерді.",
        "Топтық жұмысқа көшу ұзаққа созылды.",
        "Оқушылар белсенді қатысты, жауаптары дұрыс.",
        "Кері байланыс нақты және пайдалы болды.",
    ],
}
STRENGTHS = [
    "Routines at the start of the lesson were calm and purposeful.",
    "Explanations were clear and well sequenced.",
    "Questioning drew in a wide range of pupils.",
    "Relationships with the class are warm and respectful.",
]
AREAS = [
    "Check understanding of all pupils before moving on.",
    "Tighten transitions between activities.",
    "Adapt the task for pupils who finish early.",
    "Give fewer instructions at once and check they are understood.",
]
ACTION_STEPS = [
    "Use mini-whiteboards for a hinge question in every lesson next week.",
    "Script the transition into group work and rehearse it with the class.",
    "Plan one extension question for each main task.",
    "Give instructions in three steps and ask two pupils to repeat them.",
]
TARGET_TITLES = [
    "Check understanding of every pupil before moving on",
    "Establish calm, efficient transitions",
    "Adapt teaching for pupils with SEND",
    "Use retrieval practice at the start of lessons",
    "Raise the level of challenge for the most able",
]
REFLECTIONS = [
    "Thank you — I agree the transitions need work and will script them.",
    "Useful feedback. I will try the hinge question idea with Year 9.",
    "Спасибо за отзыв, попробую использовать мини-доски.",
    "Рахмет, кері байланыс өте пайдалы болды.",
]

RUBRIC_NAME = "Teaching standards (demo)"
RUBRIC_LEVELS: list[tuple[str, str]] = [
    ("Not yet evident", "The standard is not yet seen in practice."),
    ("Developing", "Seen at times; not yet consistent."),
    ("Secure", "Seen consistently across the lesson."),
    ("Strong", "Consistently strong and a model for others."),
]
RUBRIC_GROUPS: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "TS1",
        "High expectations",
        [("TS1.1", "Safe, stimulating environment"), ("TS1.2", "Goals that stretch and challenge")],
    ),
    (
        "TS2",
        "Progress and outcomes",
        [("TS2.1", "Builds on prior knowledge"), ("TS2.2", "Pupils reflect on their progress")],
    ),
    (
        "TS3",
        "Subject knowledge",
        [("TS3.1", "Secure subject knowledge"), ("TS3.2", "Addresses misconceptions")],
    ),
    (
        "TS4",
        "Planning and teaching",
        [
            ("TS4.1", "Well-structured lessons"),
            ("TS4.2", "Use of lesson time"),
            ("TS4.3", "Questioning"),
        ],
    ),
    (
        "TS5",
        "Adaptive teaching",
        [("TS5.1", "Adapts to pupils' needs"), ("TS5.2", "Support for SEND")],
    ),
    ("TS6", "Assessment", [("TS6.1", "Checks understanding"), ("TS6.2", "Feedback to pupils")]),
    ("TS7", "Behaviour", [("TS7.1", "Clear routines"), ("TS7.2", "High standards of behaviour")]),
    ("TS8", "Wider professional role", [("TS8.1", "Works with colleagues")]),
]
WALKTHROUGH_NAME = "Coaching walkthrough (demo)"
WALKTHROUGH_CRITERIA: list[tuple[str, str]] = [
    ("FOCUS", "Focus area"),
    ("STR", "Strengths seen"),
    ("NEXT", "Next steps"),
]
INTERVAL_NAME = "2-minute interval coding (demo)"
INTERVAL_SECONDS = 120
INTERVAL_CODES: list[tuple[str, str, str, str]] = [  # actor, code, label, collapsed category
    ("students", "L", "Listening", "Receiving"),
    ("students", "WG", "Working in groups", "Working"),
    ("students", "AnQ", "Answering a question", "Talking"),
    ("students", "SQ", "Asking a question", "Talking"),
    ("instructor", "Lec", "Lecturing", "Presenting"),
    ("instructor", "PQ", "Posing a question", "Guiding"),
    ("instructor", "MG", "Moving and guiding", "Guiding"),
    ("instructor", "Adm", "Administration", "Administration"),
]
PHASES = [(0, "Starter"), (600, "Main"), (2400, "Plenary")]
