package dev.plinth.compiler.emit;

import dev.plinth.compiler.CompilerCode;
import dev.plinth.compiler.CompilerPass;
import dev.plinth.compiler.UserDataLimits;
import dev.plinth.diagnostics.Diagnostics;

/** Checks every user-data script against EC2's limit. */
final class CheckUserData implements CompilerPass<RenderTemplates.Rendered, RenderTemplates.Rendered> {

  @Override
  public String name() {
    return "user-data-limit";
  }

  @Override
  public RenderTemplates.Rendered run(RenderTemplates.Rendered rendered, Diagnostics out) {
    rendered.platform().userData().forEach((role, script) -> {
      int bytes = UserDataLimits.utf8Size(script);
      if (bytes > UserDataLimits.MAX_BYTES) {
        out.report(CompilerCode.USER_DATA_TOO_LARGE, "userdata/" + role,
            "the script is " + bytes + " bytes, over EC2's user-data limit of " + UserDataLimits.MAX_BYTES,
            "move the bulk into a file the script downloads (from S3 or an artifact), or split the role");
      }
    });
    return rendered;
  }
}
