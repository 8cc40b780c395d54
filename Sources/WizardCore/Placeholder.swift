// The wizard state machine.
