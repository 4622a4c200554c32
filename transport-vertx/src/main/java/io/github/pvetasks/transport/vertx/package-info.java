/**
 * pve-tasks transport-vertx: filled in by issue #5. The module exists from the start so that the
 * build, the BOM and the dependency graph have their final shape.
 */
package io.github.pvetasks.transport.vertx;
