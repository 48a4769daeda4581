"""Code without fences (`locate.code_runs`): a tutorial's commands are no page chrome."""

from __future__ import annotations

from scrapelint.locate.code_runs import (
    MAX_CODE_CHARS,
    code_lines,
    code_run_lines,
    program_lines,
)

CHEAT_SHEET = [
    "# clone the repository",
    "git clone <repo url>",
    "",
    "# stage every change and commit it",
    "git add -A",
    'git commit -m "<message>"',
    "",
    "git push origin main",
]
SCRIPT = [
    "import express from 'express';",
    "const app = express();",
    "app.get('/', (req, res) => res.send('hello'));",
    "app.listen(3000)",
]


def test_a_block_of_commands_with_its_comments_is_code() -> None:
    lines = ["Here is the whole workflow in four commands.", *CHEAT_SHEET, "That is all."]
    assert code_run_lines(lines) == set(range(1, 1 + len(CHEAT_SHEET)))


def test_a_script_is_code_and_so_is_a_fenced_block() -> None:
    fenced = ["```", "print('hello')", "```"]
    lines = [*SCRIPT, "Run it with node.", *fenced]
    assert code_lines(lines) == set(range(len(SCRIPT))) | {5, 6, 7}


def test_menus_bylines_teasers_and_legal_items_are_not_code() -> None:
    chrome = [
        "* Home",
        "* Sport",
        "By Jane Doe | 12 March 2025 14:05",
        "Council tax to rise by 4.9% from April",
        "Home > News > Local",
        "Sign in | Register",
    ]
    legal = [
        "the tenant shall keep the premises clean;",
        "the landlord shall repair the roof within a month;",
        "either party may end the lease with three months' notice;",
    ]
    prose = ["Make sure the oven is hot before the tray goes in, or the pastry will not rise."]
    assert code_run_lines(chrome + legal + prose) == set()


def test_two_lines_of_code_make_no_block() -> None:
    assert code_run_lines(["git add -A", "Then commit your work.", "git push"]) == set()


def test_a_line_longer_than_code_is_not_read_as_code() -> None:
    long_line = "x = " + "1 + " * MAX_CODE_CHARS + "1"
    assert code_run_lines([long_line, long_line, long_line]) == set()


# A component as a converter leaves it: statements the run detector knows, and between them
# lines of JSX it does not ("return (", an opening tag, a word the program shows).
COMPONENT = [
    "const addTodo = () => {",
    "setTodos([...todos, { id: Date.now(), text: input }]);",
    "};",
    "return (",
    '<div className="todo-list">',
    '<h1 className="title">Todo List</h1>',
    "No todos yet. Add one above!",
    "<ul>",
    "{todos.map((todo) => <li key={todo.id}>{todo.text}</li>)}",
    "</ul>",
    "</div>",
    ");",
]


def test_a_component_is_a_program_from_its_first_statement_to_its_last() -> None:
    lines = ["The component keeps its todos in state:", *COMPONENT, "That is the whole list."]
    assert program_lines(lines) == set(range(1, 1 + len(COMPONENT)))


def test_tags_a_scraper_left_are_no_program() -> None:
    tags = ['<div class="ad-slot"></div>', "<span></span>", "</div>", "</section>"]
    assert code_run_lines(tags) == set(range(4))  # they read as code to the locator
    assert program_lines(tags) == set()


def test_tutorial_prose_between_two_programs_is_not_bridged() -> None:
    between = [
        "Then start the development server and open the page in your browser.",
        "You should see the empty list with its input box at the top.",
    ]
    lines = [*SCRIPT, *between, *SCRIPT]
    assert program_lines(lines) == set(range(4)) | set(range(6, 10))
