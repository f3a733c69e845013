package org.laststruggle.contract;

import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;

/** Puts {@link ContractFilter} in front of REST Assured before each @QuarkusTest class runs. */
public class InstallContractFilter implements QuarkusTestBeforeClassCallback {

    @Override
    public void beforeClass(Class<?> testClass) {
        ContractFilter.install();
    }
}
