/**
 * pve-tasks cli: filled in by issue #8. The module exists from the start so that the
 * build, the BOM and the dependency graph have their final shape.
 */
package io.github.pvetasks.cli;
