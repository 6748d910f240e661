/**
 * Running as one of several app nodes behind a load balancer: each node's name in its session cookie, so the
 * balancer keeps a session on the node that holds it (README "Production", "Several app nodes").
 */
@NullMarked
package nl.kopgroep.base.cluster;

import org.jspecify.annotations.NullMarked;
