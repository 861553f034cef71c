/** Jenkins: a bounded tokenizer and parser of declarative Jenkinsfiles read into CI jobs; nothing is executed. */
package dev.maturity.probes.git.ci.jenkins;
