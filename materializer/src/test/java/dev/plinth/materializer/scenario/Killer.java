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
    InvocationHandler handler = (proxy, method, args) -> {
      if (method.getDeclaringClass() == Object.class || method.getName().equals("endpoint")) {
        return invoke(fake, method, args);
      }
      if (calls.get() >= n) {
        throw new Killed();
      }
      Object result = invoke(fake, method, args);
      if (calls.incrementAndGet() >= n) {
        throw new Killed();
      }
      return result;
    };
    return (CloudFormationApi) Proxy.newProxyInstance(Killer.class.getClassLoader(), new Class<?>[] {CloudFormationApi.class}, handler);
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
