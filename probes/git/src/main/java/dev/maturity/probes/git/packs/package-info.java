/** Reading objects straight out of a repository's pack files, for walks that read every tree of a long history. */
package dev.maturity.probes.git.packs;
