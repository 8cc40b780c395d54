// The server's handlers on NIO's event loops (issue 19): NIO's own
// `unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor` finds the runtime's
// hook with dlsym, which a binary linked with --static-swift-stdlib does not export (the symbol
// is local there), so it silently does nothing. Declaring the hook here lets the linker resolve
// it like any other symbol of the statically linked runtime, and the dynamically linked one.
#include "CGlobalExecutorHook.h"

#include <stddef.h>

typedef struct Job Job;
typedef void __attribute__((swiftcall)) (*enqueue_global_original)(Job *job);
// The Swift runtime's hook (ConcurrencyHooks.cpp): swiftcall, the job and the original.
extern void __attribute__((swiftcall)) (*swift_task_enqueueGlobal_hook)(
    Job *job, enqueue_global_original original);

static policy_wizard_enqueue_job installed_enqueue = NULL;

static void __attribute__((swiftcall)) enqueue_on_target(Job *job,
                                                         enqueue_global_original original) {
  (void)original;
  installed_enqueue(job);
}

bool policy_wizard_install_global_enqueue(policy_wizard_enqueue_job enqueue) {
  if (swift_task_enqueueGlobal_hook != NULL || enqueue == NULL) return false;
  installed_enqueue = enqueue;
  swift_task_enqueueGlobal_hook = enqueue_on_target;
  return true;
}
