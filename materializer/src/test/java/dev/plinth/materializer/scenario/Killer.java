package dev.plinth.materializer.scenario;

import dev.plinth.materializer.CloudFormationApi;
import dev.plinth.materializer.fake.FakeCloudFormation;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fake, reached by a process that is killed (kill -9) right after its n-th call has been
 * carried out: that call takes effect, its answer is lost, and the process makes no call again.
 */
final class Killer {
    /** What a killed process "throws": nothing in it runs after this. */
    static final class Killed extends Error {
        private static final long serialVersionUID = 1L;

        Killed() {
            super("killed by the test");
        }
    }

    private Killer() {}

    static CloudFormationApi afterCall(FakeCloudFormation fake, int n) {
        AtomicInteger calls = new AtomicInteger();
        return killing(fake, method -> calls.incrementAndGet() >= n);
    }

    /** Killed right after the first call of this operation (its SDK method name, as {@code executeChangeSet}). */
    static CloudFormationApi afterFirst(FakeCloudFormation fake, String operation) {
        return killing(fake, method -> method.getName().equals(operation));
    }

    private static CloudFormationApi killing(FakeCloudFormation fake, java.util.function.Predicate<Method> last) {
        java.util.concurrent.atomic.AtomicBoolean dead = new java.util.concurrent.atomic.AtomicBoolean();
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class || method.getName().equals("endpoint")) {
                return invoke(fake, method, args);
            }
            if (dead.get()) {
                throw new Killed();
            }
            Object result = invoke(fake, method, args);
            if (last.test(method)) {
                dead.set(true);
                throw new Killed();
            }
            return result;
        };
        return (CloudFormationApi) Proxy.newProxyInstance(
                Killer.class.getClassLoader(), new Class<?>[] {CloudFormationApi.class}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
