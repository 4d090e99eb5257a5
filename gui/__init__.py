"""Deepscope's window: PySide6 and pyqtgraph. Never imports torch; talks to the engine."""
