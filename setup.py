"Package build for lakd_nb: metadata and requirements come from settings.ini, the version from lakd_nb/__init__.py."
import re
from configparser import ConfigParser
from pathlib import Path
from setuptools import find_packages, setup

here = Path(__file__).parent
cfg = ConfigParser(delimiters=['='])
cfg.read(here/'settings.ini', encoding='utf-8')
cfg = cfg['DEFAULT']
version = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', (here/cfg['lib_path']/'__init__.py').read_text(), re.M)[1]
licenses = {'apache2': ('Apache-2.0', 'License :: OSI Approved :: Apache Software License')}
statuses = ['Planning', 'Pre-Alpha', 'Alpha', 'Beta', 'Production/Stable', 'Mature', 'Inactive']
lic, lic_classifier = licenses[cfg['license']]
readme = here/'README.md'

setup(
    name=cfg['lib_name'],
    version=version,
    description=cfg['description'],
    long_description=readme.read_text(encoding='utf-8') if readme.exists() else '',
    long_description_content_type='text/markdown',
    author=cfg['author'], author_email=cfg['author_email'],
    license=lic, url=cfg['git_url'], keywords=cfg['keywords'].split(),
    classifiers=[f"Development Status :: {cfg['status']} - {statuses[int(cfg['status'])]}",
                 f"Intended Audience :: {cfg['audience']}", lic_classifier,
                 f"Natural Language :: {cfg['language']}", 'Programming Language :: Python :: 3'],
    packages=find_packages(include=[cfg['lib_path'], cfg['lib_path']+'.*']),
    include_package_data=True,
    python_requires='>=' + cfg['min_python'],
    install_requires=cfg.get('requirements', '').split(),
    extras_require={'dev': cfg.get('dev_requirements', '').split()},
    entry_points={'console_scripts': cfg.get('console_scripts', '').split(),
                  'nbdev': [f"{cfg['lib_path']}={cfg['lib_path']}._modidx:d"]},
    zip_safe=False,
)
