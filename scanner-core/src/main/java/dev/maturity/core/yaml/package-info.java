/** Bounded YAML/JSON reading into a tree that remembers line numbers, for evidence locators and error messages. */
package dev.maturity.core.yaml;
