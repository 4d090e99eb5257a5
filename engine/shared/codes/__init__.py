"""The message codes of the engine, one module per floor that reports them (gathered
in engine/shared/messages.py)."""
