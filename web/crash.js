// Says so when the app stops. The Go program never ends on its own: a panic
// ends it (go.run resolves), the page stays as it was and nothing answers any
// more. This puts a short message with a Reload button at the top instead.
// The address holds the whole view, so reloading brings the reader back to it.
(() => {
	if (typeof Go !== 'function') {
		return;
	}
	const run = Go.prototype.run;
	Go.prototype.run = function (instance) {
		const done = run.call(this, instance);
		Promise.resolve(done).then(stopped, stopped);
		return done;
	};

	function stopped() {
		if (document.querySelector('.app-stopped')) {
			return;
		}
		const notice = document.createElement('div');
		notice.className = 'app-stopped';
		notice.setAttribute('role', 'alert');
		const text = document.createElement('p');
		text.textContent = 'Something went wrong and the viewer stopped. Reload to start it again: the address keeps what you were looking at.';
		const reload = document.createElement('button');
		reload.type = 'button';
		reload.className = 'button';
		reload.textContent = 'Reload';
		reload.addEventListener('click', () => location.reload());
		notice.append(text, reload);
		document.body.prepend(notice);
		document.documentElement.setAttribute('data-app', 'stopped');
		reload.focus();
	}
})();
