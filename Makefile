# helpdesk: the two commands of the README's quick start, and an install.
PREFIX ?= /usr/local
SWIFT ?= swift

.PHONY: run test build release install deps clean

# libreadline-dev is the only system package helpdesk needs; installed through apt-get when missing.
deps:
	@dpkg -s libreadline-dev >/dev/null 2>&1 || { \
		echo "installing libreadline-dev"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq libreadline-dev; }

run: release
	.build/release/helpdesk

test: deps
	$(SWIFT) test

build: deps
	$(SWIFT) build

# The Swift runtime is linked in statically: the binary runs without the toolchain's libraries and starts sooner.
release: deps
	$(SWIFT) build -c release --static-swift-stdlib --product helpdesk

# Puts the binary in $(PREFIX)/bin and the knowledge base in $(PREFIX)/share/helpdesk/KnowledgeBase, where the binary finds it.
install: release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/helpdesk
	install -m 755 .build/release/helpdesk $(DESTDIR)$(PREFIX)/bin/helpdesk
	rm -rf $(DESTDIR)$(PREFIX)/share/helpdesk/KnowledgeBase
	cp -R KnowledgeBase $(DESTDIR)$(PREFIX)/share/helpdesk/KnowledgeBase

clean:
	rm -rf .build
