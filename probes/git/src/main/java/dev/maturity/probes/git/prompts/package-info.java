/** Prompts as files: Prompty, Dotprompt, Jinja templates, prompt YAML and prompts/ trees; hub pulls in code. */
package dev.maturity.probes.git.prompts;
