/** The scanner's host: evidence model, probe and collector SPI, rubric, scorer and report. */
package dev.maturity.core;
