/**
 * pve-tasks metrics: filled in by issue #7. The module exists from the start so that the
 * build, the BOM and the dependency graph have their final shape.
 */
package io.github.pvetasks.metrics;
