console.log('palier: command line under construction');
