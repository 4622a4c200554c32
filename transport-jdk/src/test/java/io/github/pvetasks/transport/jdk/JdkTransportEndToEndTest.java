package io.github.pvetasks.transport.jdk;

import io.github.pvetasks.testkit.PveClientEndToEndContract;

/** PveClient over the JDK transport against the simulator, the same tests every transport runs. */
class JdkTransportEndToEndTest extends PveClientEndToEndContract {

    @Override
    protected String transportName() {
        return "jdk";
    }
}
