       '{!r} is required'.format(name))
