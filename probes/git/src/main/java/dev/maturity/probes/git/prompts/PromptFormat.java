package dev.maturity.probes.git.prompts;

/** How a prompt is kept as a file. */
public enum PromptFormat {
    /** Prompty {@code .prompty}: YAML front matter (name, model, inputs) and a template body. */
    PROMPTY,
    /** Dotprompt {@code .prompt}: optional YAML front matter and a Handlebars template. */
    DOTPROMPT,
    /** A Markdown prompt file with optional front matter ({@code .prompt.md}, as VS Code and GitHub Copilot read them). */
    PROMPT_MARKDOWN,
    /** A Jinja template ({@code .j2}, {@code .jinja}, {@code .jinja2}) used as a prompt. */
    JINJA,
    /** YAML (or JSON) holding prompts under {@code system}/{@code prompt}/{@code template}/{@code messages}, or a LangChain serialized prompt. */
    PROMPT_YAML,
    /** TOML holding prompts in multi-line strings, in a file named for prompts ({@code *_prompts.toml}). */
    PROMPT_TOML,
    /** A code module that exists to hold prompts ({@code prompts.py}, {@code chat_prompts.py}, a {@code prompts/} package). */
    PROMPT_MODULE,
    /** Any other text file in a {@code prompts/} tree. */
    TEXT
}
