/**
 * The monitor's parts that the durable monitor ({@code pve-tasks-jdbc}) reuses: how a product's
 * tasks are read, how a node list is reconciled against the watched tasks, and which failures end
 * a watch. Not API: exported only to that module, and left out of the API gate; on the class path
 * it is reachable, but may change in any release.
 */
package io.github.pvetasks.monitor.internal;
